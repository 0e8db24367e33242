package org.fieldbook.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.AppContext;
import org.fieldbook.model.Marker;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.SearchHit;
import org.fieldbook.settings.Settings;
import org.fieldbook.ui.Fixtures;
import org.fieldbook.ui.common.SameThreadUiExecutor;
import org.fieldbook.ui.footnotes.FootnoteItem;
import org.fieldbook.ui.reader.ReaderDocument;
import org.fieldbook.ui.reader.ReaderDocument.Line;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's behaviour without a window: a real library, work run on the calling thread. */
class MainViewModelTest {
    static final ReportId SEED = ReportId.parse(Fixtures.SEED_ID);
    static final int STOCKPILING = 4;

    @TempDir
    Path dir;
    AppContext context;
    MainViewModel model;

    @BeforeEach
    void open() {
        context = Fixtures.library(dir);
        model = Fixtures.mainViewModel(context, new SameThreadUiExecutor());
        model.start(Settings.defaults());
    }

    @AfterEach
    void close() {
        context.close();
    }

    ReaderDocument document() {
        return model.documentProperty().get();
    }

    @Test
    void startListsTheLibraryAndSaysHowManyReports() {
        assertThat(model.reportCountProperty().get()).isEqualTo(1);
        assertThat(model.tree().countries()).singleElement()
                .satisfies(group -> assertThat(group.country()).isEqualTo("Russian Federation"));
        assertThat(model.statusProperty().get()).isEqualTo("1 report in the library");
    }

    @Test
    void openingASectionShowsItAndTheStatusGivesTheLastUpdatedDate() {
        model.openSection(SEED, STOCKPILING);
        assertThat(model.visibleSectionProperty().get()).isEqualTo(STOCKPILING);
        int line = model.reader().scrollRequestProperty().get().line();
        assertThat(document().lines().get(line).text()).isEqualTo("Stockpiling and destruction");
        assertThat(document().lines().get(line + 1).text()).startsWith("In November 2004, for the first time");
        assertThat(model.statusProperty().get()).endsWith("open report last updated 17 November 2021");
    }

    @Test
    void clickingAMarkerSelectsItsFootnote() {
        model.openSection(SEED, STOCKPILING);
        int line = document().lineOf(STOCKPILING, 0);
        Marker marker23 = document().lines().get(line).markers().stream().filter(m -> m.number() == 23).findFirst()
                .orElseThrow();
        assertThat(model.reader().clicked(line, marker23.start() + 1)).isTrue();
        assertThat(model.footnotes().selectedFootnoteProperty().get()).isEqualTo(23);
        assertThat(model.reader().clicked(line, 0)).as("plain text is not a link").isFalse();
    }

    @Test
    void theFootnotesOfTheVisibleSectionComeFirst() {
        model.openSection(SEED, STOCKPILING);
        List<Integer> first = model.footnotes().items().stream().limit(4).map(FootnoteItem::number).toList();
        assertThat(first).containsExactly(23, 24, 25, 26);
        assertThat(model.footnotes().items()).hasSize(26);
    }

    @Test
    void theMissingFootnoteIsListedAndSaysSo() {
        model.openSection(SEED, 0);
        FootnoteItem missing = model.footnotes().items().stream().filter(i -> i.number() == 22).findFirst().orElseThrow();
        assertThat(missing.isMissing()).isTrue();
        assertThat(missing.citations()).isNotEmpty();
        assertThat(model.reader().footnotePreview(missing.citations().get(0).line(),
                missing.citations().get(0).marker().start())).contains("[22] Footnote text missing in the source.");
    }

    @Test
    void eachFootnoteLinksBackToWhereItIsCited() {
        model.openSection(SEED, 0);
        FootnoteItem note23 = model.footnotes().items().stream().filter(i -> i.number() == 23).findFirst().orElseThrow();
        assertThat(model.footnotes().describe(note23.citations().get(0))).isEqualTo("Stockpiling and destruction ¶1");
        model.footnotes().openCitation(note23.citations().get(0));
        assertThat(model.visibleSectionProperty().get()).isEqualTo(STOCKPILING);
    }

    @Test
    void searchingWagnerFindsTheUseSectionAndOpeningAHitHighlightsIt() {
        model.search().search("Wagner");
        List<SearchHit> hits = model.search().results();
        assertThat(hits).isNotEmpty();
        SearchHit inUse = hits.stream().filter(h -> "Use".equals(h.sectionTitle())).findFirst().orElseThrow();
        model.search().open(inUse);
        assertThat(model.visibleSectionProperty().get()).isEqualTo(1);
        var highlight = model.reader().highlightProperty().get();
        Line line = document().lines().get(highlight.line());
        assertThat(highlight.ranges()).isNotEmpty();
        assertThat(line.text().substring(highlight.ranges().get(0).start(), highlight.ranges().get(0).end()))
                .isEqualToIgnoringCase("Wagner");
    }

    @Test
    void searchWithNothingFoundSaysWhatToDo() {
        model.search().search("zzzqqq");
        assertThat(model.search().results()).isEmpty();
        assertThat(model.search().statusProperty().get()).startsWith("No passages match “zzzqqq”");
    }

    @Test
    void aFootnoteHitOpensTheReportWithThatFootnoteSelected() {
        model.search().search("Izvestia");
        SearchHit hit = model.search().results().get(0);
        assertThat(hit.kind()).isEqualTo(PassageKind.FOOTNOTE);
        model.search().open(hit);
        assertThat(model.footnotes().selectedFootnoteProperty().get()).isEqualTo(14);
    }

    @Test
    void backAfterTwoNavigationsReturnsToTheFirstPlace() {
        model.openSection(SEED, 0);
        model.openSection(SEED, 2);
        model.openSection(SEED, STOCKPILING);
        model.back();
        model.back();
        assertThat(model.visibleSectionProperty().get()).isZero();
        assertThat(model.canGoBackProperty().get()).isFalse();
        model.forward();
        assertThat(model.visibleSectionProperty().get()).isEqualTo(2);
    }

    @Test
    void importingABrokenFileListsItsProblemsAndChangesNothing() throws IOException {
        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, "");
        model.imports().importFiles(List.of(broken));
        assertThat(model.imports().problems()).singleElement().asString().startsWith(broken + ":1: error:");
        assertThat(model.reportCountProperty().get()).isEqualTo(1);
        assertThat(model.imports().statusProperty().get()).contains("1 file refused");
    }

    @Test
    void progressOfAManyFileImportIsShownAFewTimesASecondNotForEveryFile() throws IOException {
        Path copy = dir.resolve("nz.txt");
        Files.copy(Path.of("src/test/resources/cli/new-zealand-2020.txt"), copy);
        List<Path> files = java.util.Collections.nCopies(60, copy);
        List<Number> shown = new java.util.ArrayList<>();
        model.imports().progressProperty().addListener((o, old, now) -> shown.add(now));
        long started = System.nanoTime();
        model.imports().importFiles(files);
        long tenthsOfASecond = (System.nanoTime() - started) / org.fieldbook.ui.imports.ImportViewModel.PROGRESS_INTERVAL_NANOS + 1;
        assertThat(shown.size()).as("progress shown %s times in %s tenths of a second", shown.size(), tenthsOfASecond)
                .isLessThanOrEqualTo((int) tenthsOfASecond + 2).isLessThan(files.size());
        assertThat(model.imports().progressProperty().get()).isEqualTo(1.0);
        assertThat(model.imports().statusProperty().get()).contains("60");
    }

    @Test
    void importingAGoodFileAddsItToTheTree() throws IOException {
        Path copy = dir.resolve("nz.txt");
        Files.copy(Path.of("src/test/resources/cli/new-zealand-2020.txt"), copy);
        model.imports().importFiles(List.of(copy));
        assertThat(model.reportCountProperty().get()).isEqualTo(2);
        assertThat(model.tree().countries()).extracting(g -> g.country()).contains("New Zealand", "Russian Federation");
        assertThat(model.imports().problemsText()).isEmpty();
    }

    @Test
    void copyWithCitationNamesTheSourceAndTheFootnotesCited() {
        model.openSection(SEED, STOCKPILING);
        int line = document().lineOf(STOCKPILING, 0);
        String text = document().lines().get(line).text();
        String copied = model.reader().withCitation(text, line, 0, line, text.length());
        assertThat(copied).startsWith(text.strip())
                .contains("Russian Federation: Mine Ban Policy (2021), last updated 17 November 2021, "
                        + "section “Stockpiling and destruction”")
                .contains("\n[23] Statement by Sergei Ivanov");
    }

    @Test
    void zoomStaysWithinItsLimitsAndThemeToggles() {
        for (int i = 0; i < 30; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(Settings.MAX_ZOOM);
        model.zoomReset();
        assertThat(model.zoomProperty().get()).isEqualTo(1.0);
        model.toggleTheme();
        assertThat(model.themeProperty().get()).isEqualTo(Settings.Theme.DARK);
    }

    @Test
    void theLastPlaceIsRememberedAndReopened() {
        model.openSection(SEED, 3);
        Settings remembered = model.remember(Settings.defaults());
        assertThat(remembered.lastReport()).isEqualTo(Fixtures.SEED_ID);
        assertThat(remembered.lastSection()).isEqualTo(3);

        MainViewModel next = Fixtures.mainViewModel(context, new SameThreadUiExecutor());
        next.start(remembered);
        assertThat(next.documentProperty().get().report().id()).isEqualTo(SEED);
        assertThat(next.visibleSectionProperty().get()).isEqualTo(3);
    }

    @Test
    void aRememberedReportThatIsGoneGivesAMessage() {
        MainViewModel next = Fixtures.mainViewModel(context, new SameThreadUiExecutor());
        next.start(Settings.defaults().withLastPlace("atlantis/mine-ban-policy/2020", 0));
        assertThat(next.documentProperty().get()).isNull();
        assertThat(next.messageProperty().get()).contains("atlantis/mine-ban-policy/2020");
    }
}
