package org.fieldbook.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.AppContext;
import org.fieldbook.chart.AwtTextMeasure;
import org.fieldbook.chart.ChartLayout;
import org.fieldbook.chart.ExportFormat;
import org.fieldbook.chart.ExportOptions;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.ReportId;
import org.fieldbook.settings.Settings;
import org.fieldbook.ui.Fixtures;
import org.fieldbook.ui.chart.ChartViewModel.ExportTarget;
import org.fieldbook.ui.chart.ChartViewModel.State;
import org.fieldbook.ui.common.SameThreadUiExecutor;
import org.fieldbook.ui.main.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chart tab without a window: a real library, work run on the calling thread. */
class ChartViewModelTest {
    static final ReportId SEED = ReportId.parse(Fixtures.SEED_ID);
    static final Path KENYA = Path.of("src/test/resources/profiles/kenya-mine-ban-policy-summary-2020.txt");
    static final Path NEW_ZEALAND = Path.of("src/test/resources/cli/new-zealand-2020.txt");

    @TempDir
    Path dir;
    AppContext context;
    MainViewModel main;
    ChartViewModel chart;

    @BeforeEach
    void open() {
        context = Fixtures.library(dir);
        main = Fixtures.mainViewModel(context, new SameThreadUiExecutor());
        main.start(Settings.defaults());
        chart = main.chart();
    }

    @AfterEach
    void close() {
        context.close();
    }

    ReportId importAndOpen(Path profile) {
        main.imports().importFiles(List.of(profile));
        ReportId id = context.libraryService().list().stream()
                .filter(r -> profile.getFileName().toString().startsWith(r.country().toLowerCase().replace(' ', '-')))
                .findFirst().orElseThrow().id();
        main.openSection(id, 0);
        return id;
    }

    @Test
    void withNoReportOpenTheTabSaysWhatToDo() {
        assertThat(chart.stateProperty().get()).isEqualTo(State.NO_REPORT);
        assertThat(chart.noteProperty().get()).isEqualTo("Open a report to see its stockpile chart.");
        assertThat(chart.canExport()).isFalse();
        assertThat(chart.layout(800, 500, new AwtTextMeasure())).isNull();
    }

    @Test
    void theSeedShowsItsEightCuratedFiguresOnTheChartAndInTheTable() {
        main.openSection(SEED, 4);

        assertThat(chart.stateProperty().get()).isEqualTo(State.CURATED);
        assertThat(chart.figures()).hasSize(8).allSatisfy(f -> assertThat(f.origin()).isEqualTo(FigureOrigin.CURATED));
        assertThat(chart.figures()).extracting(Figure::value).startsWith(46_000_000L, 26_500_000L);
        ChartLayout layout = chart.layout(1000, 600, new AwtTextMeasure());
        assertThat(layout.marks()).hasSize(8);
        assertThat(layout.plot().axis().isLog()).isFalse();
        chart.logScaleProperty().set(true);
        assertThat(chart.layout(1000, 600, new AwtTextMeasure()).plot().axis().isLog()).isTrue();
        assertThat(chart.suggestedFileName(ExportFormat.SVG))
                .isEqualTo("russian-federation-mine-ban-policy-2021-stockpile.svg");
    }

    @Test
    void openingAFigureSelectsItsFootnoteAndBringsItsCitationIntoTheReader() {
        main.openSection(SEED, 0);
        Figure figure464 = chart.figures().stream().filter(f -> f.value() == 464_000).findFirst().orElseThrow();
        int requests = main.readerRequestsProperty().get();

        chart.open(figure464);

        assertThat(chart.selectedProperty().get()).isSameAs(figure464);
        assertThat(main.footnotes().selectedFootnoteProperty().get()).isEqualTo(25);
        assertThat(main.visibleSectionProperty().get()).as("Stockpiling and destruction").isEqualTo(4);
        assertThat(main.readerRequestsProperty().get()).isEqualTo(requests + 1);
        main.back();
        assertThat(main.visibleSectionProperty().get()).as("back where the reader was").isZero();
    }

    @Test
    void aReportWithoutAFiguresFileShowsWhatItsTextSuggestsMarkedAsExtracted() {
        importAndOpen(KENYA);

        assertThat(chart.stateProperty().get()).isEqualTo(State.EXTRACTED);
        assertThat(chart.figures()).singleElement().satisfies(f -> {
            assertThat(f.origin()).isEqualTo(FigureOrigin.EXTRACTED);
            assertThat(f.value()).isEqualTo(35_774);
            assertThat(f.sentence()).isEqualTo("Kenya completed the destruction of its stockpile of 35,774 "
                    + "antipersonnel mines in 2003.");
        });
        assertThat(chart.noteProperty().get()).startsWith("No curated figures for this report. This figure was "
                + "extracted from its text by Fieldbook and not checked");
        assertThat(chart.canExport()).isTrue();
    }

    @Test
    void importingAFiguresFileForTheOpenReportReplacesTheExtractedFigures() throws IOException {
        ReportId kenya = importAndOpen(KENYA);
        Path figures = Files.writeString(dir.resolve("kenya-figures.json"), """
                {"kind": "fieldbook-figures", "report": "%s",
                 "figures": [{"measure": "destroyed", "year": 2003, "value": 35774, "qualifier": "exact",
                              "kind": "reported", "footnote": 2,
                              "sentence": "Kenya completed the destruction of its stockpile of 35,774 antipersonnel mines in 2003."}]}
                """.formatted(kenya));

        main.imports().importFiles(List.of(figures));

        assertThat(main.imports().problems()).isEmpty();
        assertThat(chart.stateProperty().get()).isEqualTo(State.CURATED);
        assertThat(chart.figures()).singleElement().extracting(Figure::origin).isEqualTo(FigureOrigin.CURATED);
    }

    @Test
    void aReportWithNeitherFiguresNorCandidatesSaysSo() {
        importAndOpen(NEW_ZEALAND);

        assertThat(chart.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(chart.noteProperty().get()).startsWith("New Zealand: Mine Ban Policy 2020 has no stockpile figures");
        assertThat(chart.canExport()).isFalse();
        assertThat(chart.layout(800, 500, new AwtTextMeasure())).isNull();
    }

    @Test
    void aNameWithoutExtensionGetsTheFormatsAndOnlyThenIsAnExistingFileConfirmed() throws IOException {
        ExportTarget plain = chart.target(dir.resolve("briefing"), ExportFormat.PNG);
        assertThat(plain.file()).isEqualTo(dir.resolve("briefing.png"));
        assertThat(plain.needsConfirmation()).isFalse();
        Files.writeString(dir.resolve("briefing.png"), "old");
        assertThat(chart.target(dir.resolve("briefing"), ExportFormat.PNG).needsConfirmation()).isTrue();
        ExportTarget named = chart.target(dir.resolve("briefing.png"), ExportFormat.SVG);
        assertThat(named.format()).as("the name says PNG").isEqualTo(ExportFormat.PNG);
        assertThat(named.needsConfirmation()).as("the file chooser asked already").isFalse();
    }

    @Test
    void exportingWritesTheFileAndSaysWhere() {
        main.openSection(SEED, 0);
        Path file = dir.resolve("chart.svg");

        chart.export(file, ExportOptions.of(ExportFormat.SVG));

        assertThat(file).content().startsWith("<?xml").contains("footnotes [23]-[26]");
        assertThat(main.messageProperty().get()).isEqualTo("Chart exported to " + file);
        assertThat(chart.exportingProperty().get()).isFalse();
        chart.export(dir.resolve("missing/chart.svg"), ExportOptions.of(ExportFormat.SVG));
        assertThat(main.messageProperty().get()).startsWith("The chart was not exported: cannot write ")
                .endsWith("does not exist");
    }
}
