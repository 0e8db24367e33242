package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureKind;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.Measure;
import org.fieldbook.model.MineScope;
import org.fieldbook.model.Period;
import org.fieldbook.model.Qualifier;
import org.fieldbook.model.ReportId;
import org.fieldbook.storage.Database;
import org.fieldbook.storage.FigureRepository;
import org.fieldbook.storage.ReportRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures files: checked field by field with file:line, against the report, and imported all or nothing. */
class FiguresImportTest {
    static final Path SEED = Path.of("resources/library/profiles/russian-federation-mine-ban-policy-2021.txt");
    static final Path SEED_FIGURES = Path.of("resources/library/figures/russian-federation-mine-ban-policy-2021.json");
    static final ReportId RUSSIA = ReportId.parse("russian-federation/mine-ban-policy/2021");
    static final String S23 = "He forecast that approximately 23.5 million of these antipersonnel mines would be "
            + "destroyed between 2005 and 2015.";

    @TempDir
    Path dir;
    Database db;
    FigureRepository figures;
    ImportService importer;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.sqlite"));
        ReportRepository reports = new ReportRepository(db);
        figures = new FigureRepository(db);
        importer = new ImportService(List.of(new FiguresFileKind(reports, figures),
                new ProfileFileKind(new ProfileParser(), reports, MentionScanner.NONE)));
        assertThat(importer.importFile(SEED).hasErrors()).isFalse();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Figure curated(Measure measure, MineScope mines, String place, Period period, long value,
                          Qualifier qualifier, FigureKind kind, int footnote, String sentence, String derivation) {
        return new Figure(RUSSIA, measure, mines, place, period, value, qualifier, kind, footnote, sentence,
                derivation, FigureOrigin.CURATED);
    }

    @Test
    void theSeedFiguresImportCleanlyAndAreStoredInFileOrder() {
        FileOutcome outcome = importer.importFile(SEED_FIGURES);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.summary()).isEqualTo("8 figures for " + RUSSIA);
        String s2000 = "Ivanov said that in 2000, Russia stockpiled 46 million antipersonnel landmines, but had since "
                + "destroyed or disposed of around 19.5 million of them.";
        List<Figure> stored = figures.find(RUSSIA);
        assertThat(stored).hasSize(8);
        assertThat(stored.get(0)).isEqualTo(curated(Measure.STOCKPILED, MineScope.ANTIPERSONNEL, null,
                Period.year(2000), 46_000_000, Qualifier.EXACT, FigureKind.REPORTED, 23, s2000, null));
        assertThat(stored.get(1).period()).isEqualTo(Period.month(2004, 11));
        assertThat(stored.get(1).value()).isEqualTo(26_500_000);
        assertThat(stored.get(2)).isEqualTo(curated(Measure.DESTROYED, MineScope.ANTIPERSONNEL, null,
                Period.span(2000, 2004), 19_500_000, Qualifier.APPROXIMATE, FigureKind.REPORTED, 23, s2000, null));
        assertThat(stored.get(3)).isEqualTo(curated(Measure.PLANNED_DESTRUCTION, MineScope.ANTIPERSONNEL, null,
                Period.span(2005, 2015), 23_500_000, Qualifier.APPROXIMATE, FigureKind.FORECAST, 23, S23, null));
        assertThat(stored.get(4).kind()).isEqualTo(FigureKind.DERIVED);
        assertThat(stored.get(4).value()).isEqualTo(stored.get(1).value() - stored.get(3).value());
        assertThat(stored.get(4).derivation()).contains("26.5 million", "minus", "23.5 million");
        assertThat(stored.get(5)).extracting(Figure::measure, Figure::mines, Figure::value, Figure::footnote)
                .containsExactly(Measure.DESTROYED, MineScope.ALL_TYPES, 10_000_000L, 24);
        assertThat(stored.get(6)).extracting(Figure::period, Figure::value, Figure::qualifier, Figure::footnote)
                .containsExactly(Period.year(2010), 464_000L, Qualifier.AT_LEAST, 25);
        assertThat(stored.get(7)).extracting(Figure::measure, Figure::place, Figure::period, Figure::value,
                Figure::footnote).containsExactly(Measure.HELD_ABROAD, "Tajikistan", null, 18_200L, 26);
    }

    @Test
    void brokenJsonIsOneErrorAtTheLineJacksonFoundAndStoresNothing() throws IOException {
        Path file = write("broken.json", """
                {
                  "kind": "fieldbook-figures",
                  "report": "russian-federation/mine-ban-policy/2021",
                  "figures": [
                    {"measure": "stockpiled", "year": 2000 "value": 46000000}
                  ]
                }
                """);

        FileOutcome outcome = importer.importFile(file);

        assertThat(outcome.hasErrors()).isTrue();
        assertThat(outcome.problems()).singleElement().asString()
                .startsWith(file + ":5: error: not valid JSON: ");
        assertThat(figures.find(RUSSIA)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "measure, stockpile, 'unknown measure \"stockpile\" (one of: stockpiled, destroyed, planned-destruction, held-abroad)'",
            "qualifier, roughly, 'unknown qualifier \"roughly\" (one of: exact, approximate, at-least)'",
            "kind, estimate, 'unknown kind \"estimate\" (one of: reported, forecast, derived)'"})
    void anUnknownCodeIsAnErrorAtItsLineAndTheOldFiguresStay(String field, String bad, String message)
            throws IOException {
        importer.importFile(SEED_FIGURES);
        String json = replaceInFigure(Files.readString(SEED_FIGURES), 7, field, bad);
        Path file = write("bad-code.json", json);

        FileOutcome outcome = importer.importFile(file);

        int line = lineOf(json, "\"" + field + "\": \"" + bad + "\"");
        assertThat(outcome.problems()).filteredOn(Problem::isError).singleElement().asString()
                .isEqualTo(file + ":" + line + ": error: figure 7: " + message);
        assertThat(figures.find(RUSSIA)).as("the figures imported before are kept").hasSize(8);
    }

    @Test
    void aFootnoteTheReportDoesNotHaveIsAnError() throws IOException {
        String json = Files.readString(SEED_FIGURES).replace("\"footnote\": 26", "\"footnote\": 27")
                .replace("\"footnote\": 25", "\"footnote\": 22");
        Path file = write("footnotes.json", json);

        FileOutcome outcome = importer.importFile(file);

        assertThat(outcome.problems()).extracting(Problem::toString).containsExactly(
                file + ":" + lineOf(json, "\"footnote\": 22") + ": error: figure 7: footnote [22] is cited in "
                        + RUSSIA + " but has no text there",
                file + ":" + lineOf(json, "\"footnote\": 27") + ": error: figure 8: " + RUSSIA
                        + " has no footnote [27] (its footnotes: [1]-[21], [23]-[26])");
        assertThat(figures.find(RUSSIA)).isEmpty();
    }

    @Test
    void problemsFoundAgainstTheReportNameTheFigureByItsPlaceInTheFile() throws IOException {
        String json = replaceInFigure(Files.readString(SEED_FIGURES), 7, "qualifier", "more than")
                .replace("\"footnote\": 26", "\"footnote\": 27");
        Path file = write("two.json", json);

        FileOutcome outcome = importer.importFile(file);

        assertThat(outcome.problems()).extracting(Problem::toString).containsExactly(
                file + ":" + lineOf(json, "more than") + ": error: figure 7: unknown qualifier \"more than\" "
                        + "(one of: exact, approximate, at-least)",
                file + ":" + lineOf(json, "\"footnote\": 27") + ": error: figure 8: " + RUSSIA
                        + " has no footnote [27] (its footnotes: [1]-[21], [23]-[26])");
    }

    @Test
    void aSentenceNotInTheReportIsAWarningAndTheFileStillImports() throws IOException {
        String json = Files.readString(SEED_FIGURES).replace("more than 464,000", "over 464,000");
        Path file = write("sentence.json", json);

        FileOutcome outcome = importer.importFile(file);

        assertThat(outcome.hasErrors()).isFalse();
        assertThat(outcome.problems()).singleElement().asString()
                .startsWith(file + ":" + lineOf(json, "over 464,000") + ": warning: figure 7: the sentence is not in "
                        + "the text of " + RUSSIA);
        assertThat(figures.find(RUSSIA)).hasSize(8);
    }

    @Test
    void figuresForAReportNotInTheLibraryAreRefused() throws IOException {
        String json = Files.readString(SEED_FIGURES).replace("russian-federation/mine-ban-policy/2021",
                "atlantis/mine-ban-policy/2021");
        Path file = write("atlantis.json", json);

        FileOutcome outcome = importer.importFile(file);

        assertThat(outcome.problems()).singleElement().asString().isEqualTo(file + ":3: error: the library holds "
                + "no report atlantis/mine-ban-policy/2021: import its profile first");
    }

    @Test
    void missingAndMalformedFieldsAreErrorsAtTheirLines() throws IOException {
        Path file = write("fields.json", """
                {
                  "kind": "fieldbook-figures",
                  "report": "russian-federation/mine-ban-policy/2021",
                  "figures": [
                    {
                      "measure": "stockpiled",
                      "period": "2004-13",
                      "value": 26.5,
                      "qualifier": "exact",
                      "kind": "derived",
                      "footnote": 23,
                      "colour": "red"
                    },
                    "26.5 million"
                  ]
                }
                """);

        FileOutcome outcome = importer.importFile(file);

        assertThat(outcome.problems()).extracting(Problem::toString).containsExactly(
                file + ":5: error: figure 1: no \"sentence\"",
                file + ":5: error: figure 1: no \"derivation\"",
                file + ":7: error: figure 1: \"period\" must be a year, a month or a span of years, such as \"2004\", "
                        + "\"2004-11\" or \"2005-2015\", not \"2004-13\"",
                file + ":8: error: figure 1: \"value\" must be a whole number above zero, written in full "
                        + "(26500000), not 26.5",
                file + ":12: warning: figure 1: unknown field \"colour\" is ignored (known fields: derivation, "
                        + "footnote, kind, measure, mines, period, place, qualifier, sentence, value, year)",
                file + ":14: error: figure 2: not a JSON object");
    }

    @Test
    void aFileWithoutAListOfFiguresSaysWhatItNeeds() throws IOException {
        Path notAList = write("object.json", """
                {"kind": "fieldbook-figures",
                 "report": "russian-federation/mine-ban-policy/2021",
                 "figures": {"measure": "stockpiled"}}
                """);
        Path empty = write("empty.json", """
                {"kind": "fieldbook-figures", "report": "russian-federation/mine-ban-policy/2021",
                 "figures": []}
                """);

        assertThat(importer.importFile(notAList).problems()).extracting(Problem::toString)
                .containsExactly(notAList + ":3: error: \"figures\" must be a list: [ {...}, ... ]");
        assertThat(importer.importFile(empty).problems()).extracting(Problem::toString)
                .containsExactly(empty + ":2: error: the file lists no figures (expected \"figures\": [ {...}, ... ])");
    }

    @Test
    void reImportingReplacesTheReportsFiguresWhereverTheKindIsWritten() throws IOException {
        importer.importFile(SEED_FIGURES);
        Path file = write("one.json", """
                {"figures": [{"measure": "planned-destruction", "period": "2005-2015", "value": 23500000,
                              "qualifier": "approximate", "kind": "forecast", "footnote": 23,
                              "sentence": "%s"}],
                 "report": "russian-federation/mine-ban-policy/2021", "kind": "fieldbook-figures"}
                """.formatted(S23));

        FileOutcome outcome = importer.importFile(file);

        assertThat(outcome.problems()).isEmpty();
        assertThat(figures.find(RUSSIA)).singleElement().extracting(Figure::measure, Figure::value)
                .containsExactly(Measure.PLANNED_DESTRUCTION, 23_500_000L);
    }

    @Test
    void reImportingTheProfileKeepsItsFigures() {
        importer.importFile(SEED_FIGURES);
        importer.importFile(SEED);
        assertThat(figures.find(RUSSIA)).hasSize(8);
    }

    @Test
    void checkingWithoutALibrarySaysWhatItCouldNotCheck() {
        ImportService checker = new ImportService(List.of(new FiguresFileKind(null, null),
                new ProfileFileKind(new ProfileParser(), null, MentionScanner.NONE)));

        FileOutcome outcome = checker.check(SEED_FIGURES);

        assertThat(outcome.hasErrors()).isFalse();
        assertThat(outcome.problems()).singleElement().asString()
                .isEqualTo(SEED_FIGURES + ":3: info: checked without a library: the report, its footnotes and the "
                        + "sentences are checked when the file is imported");
        assertThat(checker.check(SEED).summary()).startsWith(RUSSIA.toString());
    }

    /** Replaces the value of {@code field} in the {@code n}th figure (1-based) of a figures file. */
    static String replaceInFigure(String json, int n, String field, String value) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = json.indexOf("\"measure\"", at + 1);
        }
        int fieldAt = json.indexOf("\"" + field + "\": \"", at);
        int valueStart = fieldAt + field.length() + 5;
        int valueEnd = json.indexOf('"', valueStart);
        return json.substring(0, valueStart) + value + json.substring(valueEnd);
    }

    static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).as("'%s' in the file", part).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
