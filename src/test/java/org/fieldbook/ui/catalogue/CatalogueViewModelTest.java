package org.fieldbook.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.AppContext;
import org.fieldbook.model.MineRole;
import org.fieldbook.model.TextRange;
import org.fieldbook.settings.Settings;
import org.fieldbook.ui.Fixtures;
import org.fieldbook.ui.common.SameThreadUiExecutor;
import org.fieldbook.ui.main.MainViewModel;
import org.fieldbook.ui.reader.ReaderDocument;
import org.fieldbook.ui.reader.ReaderViewModel.Highlight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue tab without a window: a real library filled with the bundle, work run on the calling thread. */
class CatalogueViewModelTest {
    @TempDir
    Path dir;
    AppContext context;
    MainViewModel main;
    CatalogueViewModel model;

    @BeforeEach
    void open() {
        context = Fixtures.library(dir);
        main = Fixtures.mainViewModel(context, new SameThreadUiExecutor());
        main.start(Settings.defaults());
        model = main.catalogue();
        model.shown();
    }

    @AfterEach
    void close() {
        context.close();
    }

    List<String> visibleNames() {
        return model.visibleRows().stream().map(CatalogueRow::name).toList();
    }

    String selectedName() {
        return model.selectedProperty().get() == null ? null : model.selectedProperty().get().name();
    }

    @Test
    void theCatalogueIsReadWhenItsTabIsFirstShownNotWhenTheWindowOpens() {
        MainViewModel fresh = Fixtures.mainViewModel(context, new SameThreadUiExecutor());
        fresh.start(Settings.defaults());
        assertThat(fresh.catalogue().visibleRows()).as("before the tab is shown").isEmpty();
        fresh.catalogue().refresh();
        assertThat(fresh.catalogue().visibleRows()).as("a library change before the tab is shown").isEmpty();
        fresh.catalogue().shown();
        assertThat(fresh.catalogue().visibleRows()).hasSize(20);
    }

    @Test
    void listsEveryEntryWithItsRoleMechanismSelfDestructAndCounts() {
        assertThat(model.visibleRows()).hasSize(20);
        CatalogueRow pmn2 = model.visibleRows().get(1);
        assertThat(pmn2).extracting(CatalogueRow::name, CatalogueRow::role, CatalogueRow::mechanism,
                CatalogueRow::selfDestruct, CatalogueRow::mentions, CatalogueRow::reports)
                .containsExactly("PMN-2", "antipersonnel", "blast", "no", 3, 1);
        assertThat(model.visibleRows()).filteredOn(r -> r.name().equals("MON-90")).singleElement()
                .satisfies(r -> assertThat(r.selfDestruct()).isEqualTo("no?"));
        assertThat(model.visibleRows()).filteredOn(r -> r.name().equals("TM-83")).singleElement()
                .satisfies(r -> assertThat(r.mechanism()).isEqualTo("side-attack/off-route?"));
    }

    @Test
    void typingANameAnyWaySelectsTheBestMatch() {
        model.search("pmn2");
        assertThat(selectedName()).isEqualTo("PMN-2");
        model.search("ПМН-2");
        assertThat(selectedName()).isEqualTo("PMN-2");
        model.search("Medallion");
        assertThat(selectedName()).isEqualTo("POM-3");
        assertThat(model.searchStatusProperty().get()).isEqualTo("“Medallion” is POM-3");
        model.search("PMN");
        assertThat(selectedName()).isEqualTo("PMN");
        assertThat(model.searchStatusProperty().get()).isEqualTo("PMN · also PMN-2, PMN-4");
        model.search("tm62m");
        assertThat(selectedName()).isEqualTo("TM-62M");
        model.search("Klesh-G");
        assertThat(selectedName()).isEqualTo("UMZ-K Klesh-G");
        model.search("medalion");
        assertThat(model.searchStatusProperty().get()).isEqualTo("No mine type is called “medalion”; nearest: POM-3");
    }

    @Test
    void aNameThatMatchesNothingSaysSoAndKeepsTheSelection() {
        model.search("PMN-4");
        model.search("claymore");
        assertThat(model.searchStatusProperty().get()).isEqualTo("No mine type matches “claymore”.");
        assertThat(selectedName()).isEqualTo("PMN-4");
    }

    @Test
    void filtersByRoleAndMechanism() {
        model.roleFilterProperty().set(MineRole.DELIVERY_SYSTEM);
        assertThat(visibleNames()).containsExactly("Zemledeliye", "UMZ-K Klesh-G");
        model.roleFilterProperty().set(null);
        model.mechanismFilterProperty().set("bounding fragmentation");
        assertThat(visibleNames()).containsExactly("OZM-72", "POM-3");
        model.roleFilterProperty().set(MineRole.ANTIVEHICLE);
        assertThat(visibleNames()).isEmpty();
        assertThat(model.mechanisms()).contains("blast", "top-attack", "side-attack/off-route");
    }

    @Test
    void aMatchHiddenByAFilterClearsTheFilters() {
        model.roleFilterProperty().set(MineRole.ANTIVEHICLE);
        model.search("PMN");
        assertThat(model.roleFilterProperty().get()).isNull();
        assertThat(selectedName()).isEqualTo("PMN");
        assertThat(model.visibleRows()).hasSize(20);
    }

    @Test
    void theCardGivesEveryFactWithItsSources() {
        model.search("PMN");
        MineCard card = model.cardProperty().get();
        assertThat(card.title()).isEqualTo("PMN");
        assertThat(card.subtitle()).isEqualTo("antipersonnel · blast");
        assertThat(card.aliases()).isEqualTo("ПМН · Type 58");
        MineCard.Fact explosive = card.facts().stream().filter(f -> f.label().equals("Explosive")).findFirst()
                .orElseThrow();
        assertThat(explosive.sourcesDiffer()).isTrue();
        assertThat(explosive.values()).extracting(MineCard.Value::text, MineCard.Value::sources).containsExactly(
                org.assertj.core.groups.Tuple.tuple("about 200 g TNT", "[S1]"),
                org.assertj.core.groups.Tuple.tuple("240 g TNT in older references (incl. Jane’s to 2009)", "[S1, S2]"));
        assertThat(card.sources()).extracting(MineCard.Source::key).containsExactly("S1", "S3", "S2", "S4", "S5", "S6");
        assertThat(card.sources().get(0).text())
                .startsWith("https://artikel.siakadpt.com/ja/PMN_(%E5%9C%B0%E9%9B%B7) — Japanese Wikipedia mirror");

        model.search("MON-90");
        MineCard mon90 = model.cardProperty().get();
        assertThat(mon90.facts().get(0).values().get(0)).isEqualTo(
                new MineCard.Value("tripwire or command", "not confirmed by any source", true));
        assertThat(mon90.note()).contains("check CORD");
    }

    @Test
    void theSelectedEntrysMentionsAreListedWithSnippets() {
        model.search("PMN-2");
        assertThat(model.mentions()).extracting(MentionItem::place).containsExactly(
                "Russian Federation · Mine Ban Policy 2021 — Production",
                "Russian Federation · Mine Ban Policy 2021 — footnote [19]",
                "Russian Federation · Mine Ban Policy 2021 — footnote [21]");
        assertThat(model.mentions()).allSatisfy(item -> {
            TextRange first = item.snippet().highlights().get(0);
            assertThat(item.snippet().text().substring(first.start(), first.end())).isEqualTo("PMN-2");
        });
        assertThat(model.mentionsStatusProperty().get()).startsWith("Mentioned in 3 passages of 1 report.");
        model.search("PMN");
        assertThat(model.mentions()).hasSize(1);
        assertThat(model.mentionsStatusProperty().get()).startsWith("Mentioned in 1 passage of 1 report.");
    }

    @Test
    void openingAParagraphMentionShowsItInTheReaderWithTheNameHighlighted() {
        model.search("PMN-2");
        model.open(model.mentions().get(0));
        ReaderDocument document = main.documentProperty().get();
        assertThat(document.report().id().toString()).isEqualTo(Fixtures.SEED_ID);
        assertThat(main.visibleSectionProperty().get()).isEqualTo(2);
        Highlight highlight = main.reader().highlightProperty().get();
        String line = document.lines().get(highlight.line()).text();
        assertThat(line).startsWith("Russia has produced at least 10 types");
        assertThat(highlight.ranges()).extracting(r -> line.substring(r.start(), r.end())).containsExactly("PMN-2");
        assertThat(main.reader().scrollRequestProperty().get().line()).isEqualTo(highlight.line());
        assertThat(main.canGoBackProperty().get()).as("the place is in the history").isFalse();
    }

    @Test
    void openingAFootnoteMentionSelectsTheFootnoteWhereTheTextCitesIt() {
        model.search("PMN-2");
        model.open(model.mentions().get(1));
        assertThat(main.footnotes().selectedFootnoteProperty().get()).isEqualTo(19);
        ReaderDocument document = main.documentProperty().get();
        Highlight highlight = main.reader().highlightProperty().get();
        String line = document.lines().get(highlight.line()).text();
        assertThat(line).startsWith("In recent years, antipersonnel mines of Russian manufacture");
        assertThat(highlight.ranges()).extracting(r -> line.substring(r.start(), r.end())).containsExactly("[19]");

        model.open(model.mentions().get(2));
        assertThat(main.footnotes().selectedFootnoteProperty().get()).isEqualTo(21);
        main.back();
        assertThat(main.visibleSectionProperty().get()).isEqualTo(3);
    }

    @Test
    void suggestionsAreEntryNamesBestFirst() {
        assertThat(model.suggestions("pmn")).containsExactly("PMN", "PMN-2", "PMN-4");
        assertThat(model.suggestions("butter")).containsExactly("PFM-1S");
        assertThat(model.suggestions("")).isEmpty();
    }

    @Test
    void importingACatalogueReplacesTheTable() {
        model.search("PMN-2");
        main.imports().importFiles(List.of(Path.of("src/test/resources/catalogue/two-entries.json")));
        assertThat(visibleNames()).containsExactly("PMN-2", "PMA-3");
        assertThat(selectedName()).as("the selection survives").isEqualTo("PMN-2");
        assertThat(main.imports().statusProperty().get()).isEqualTo("1 file imported.");
    }
}
