package org.fieldbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a user or a script drives it, against a library in a temporary folder. */
class CommandLineTest {
    static final Path SEED = Path.of("resources/library/profiles/russian-federation-mine-ban-policy-2021.txt");
    static final String SEED_ID = "russian-federation/mine-ban-policy/2021";
    static final Path NEW_ZEALAND = Path.of("src/test/resources/cli/new-zealand-2020.txt");
    static final Path DUPLICATES = Path.of("src/test/resources/cli/duplicate-footnotes.txt");

    @TempDir
    Path dir;

    final List<Path> windowsOpened = new java.util.ArrayList<>();


    CommandLineRun run(String... args) {
        return CommandLineRun.opening(windowsOpened::add, args);
    }

    CommandLineRun withLibrary(String... args) {
        return run(CommandLineRun.onLibrary(dir.resolve("library.sqlite"), args));
    }

    @Test
    void versionNamesTheProductAndVersion() {
        CommandLineRun run = run("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).matches("Fieldbook \\d+\\.\\d+\\.\\d+\\S* \\(built \\S+\\)\\R");
    }

    @Test
    void helpListsTheCommands() {
        CommandLineRun run = run("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: fieldbook", "check", "import", "list", "dump", "search", "--library");
    }

    @Test
    void noCommandOpensTheWindowOnTheChosenLibrary() {
        // surefire runs with glass.platform=Monocle, so a display counts as available
        CommandLineRun run = withLibrary();
        assertThat(run.status()).isZero();
        assertThat(windowsOpened).containsExactly(dir.resolve("library.sqlite").toAbsolutePath());
    }

    @Test
    void checkOfTheSeedReportsTheMissingFootnoteAndTheOneDesignationTheCatalogueLacks() {
        CommandLineRun run = run("check", SEED.toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).matches(SEED + ":\\d+: warning: .*\\[22\\].*");
        // the PG-7 shells of footnote 21 are not mines, but only a curator can say so
        assertThat(run.outLines().get(1))
                .isEqualTo(SEED + ":99: info: PG-7 looks like a mine designation but is not in the catalogue");
        assertThat(run.err()).contains("ok, " + SEED_ID, "1 warning, 1 info");
    }

    @Test
    void checkExitsOneOnErrorsAndNamesFileAndLine() {
        CommandLineRun run = run("check", DUPLICATES.toString(), SEED.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(DUPLICATES + ":13: error: ");
        assertThat(run.err()).contains(DUPLICATES + ": has errors: 1 error");
    }

    @Test
    void checkOfAMissingFileIsAnErrorNotACrash() {
        CommandLineRun run = run("check", dir.resolve("nowhere.txt").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("nowhere.txt:1: error: ");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aNewLibraryStartsWithTheBundledSeed() throws IOException {
        CommandLineRun run = withLibrary("list", "--json");
        assertThat(run.status()).isZero();
        JsonNode reports = JsonMapper.builder().build().readTree(run.out());
        assertThat(reports).hasSize(1);
        JsonNode seed = reports.get(0);
        assertThat(seed.get("id").asString()).isEqualTo(SEED_ID);
        assertThat(seed.get("country").asString()).isEqualTo("Russian Federation");
        assertThat(seed.get("profile").asString()).isEqualTo("Mine Ban Policy");
        assertThat(seed.get("year").asInt()).isEqualTo(2021);
        assertThat(seed.get("lastUpdated").asString()).isEqualTo("2021-11-17");
        assertThat(seed.get("sections").asInt()).isEqualTo(5);
        assertThat(seed.get("paragraphs").asInt()).isEqualTo(20);
        assertThat(seed.get("footnotes").asInt()).isEqualTo(25);
    }

    @Test
    void importAddsAReportAndListShowsIt() {
        CommandLineRun imported = withLibrary("import", NEW_ZEALAND.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.err()).contains("imported new-zealand/mine-ban-policy/2020");

        CommandLineRun list = withLibrary("list");
        assertThat(list.outLines()).hasSize(3);
        assertThat(list.outLines().get(0)).startsWith("ID");
        assertThat(list.out()).contains("new-zealand/mine-ban-policy/2020", "New Zealand", "2020-10-02", SEED_ID);
    }

    @Test
    void aFileWithErrorsImportsNothingAndTheOthersStillImport() {
        CommandLineRun run = withLibrary("import", DUPLICATES.toString(), NEW_ZEALAND.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(DUPLICATES + ":13: error: ");
        CommandLineRun list = withLibrary("list", "--json");
        assertThat(list.out()).contains("new-zealand/mine-ban-policy/2020").doesNotContain("bolivia");
    }

    @Test
    void reimportReplacesTheReport() throws IOException {
        Path edited = dir.resolve("nz.txt");
        Files.writeString(edited, Files.readString(NEW_ZEALAND).replace("in 1996", "in 1997"));
        withLibrary("import", NEW_ZEALAND.toString());
        assertThat(withLibrary("import", edited.toString()).status()).isZero();

        assertThat(withLibrary("list", "--json").out().split("\"id\"")).hasSize(3);
        assertThat(withLibrary("dump", "new-zealand/mine-ban-policy/2020").out())
                .contains("training mines in 1997.[2]").doesNotContain("in 1996");
    }

    @Test
    void dumpGivesBackEveryLineOfTheSeed() throws IOException {
        CommandLineRun run = withLibrary("dump", SEED_ID);
        assertThat(run.status()).isZero();
        assertThat(nonBlankLines(run.out())).isEqualTo(nonBlankLines(Files.readString(SEED, StandardCharsets.UTF_8)));
    }

    @Test
    void dumpOfAnUnknownReportSaysSo() {
        CommandLineRun run = withLibrary("dump", "atlantis/mine-ban-policy/2021");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no report atlantis/mine-ban-policy/2021", "fieldbook list");
    }

    @Test
    void aMalformedReportIdIsAUsageError() {
        CommandLineRun run = withLibrary("dump", "russia");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'russia' is not a report id");
    }

    @Test
    void searchFindsWagnerInTheUseSectionWithTheMatchMarked() {
        CommandLineRun run = withLibrary("search", "Wagner");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains(SEED_ID + "  Use", "**Wagner**");
    }

    @Test
    void searchJsonHasStableFieldsAndHighlightsPointAtTheMatch() {
        CommandLineRun run = withLibrary("search", "Wagner", "--json", "--limit", "2");
        JsonNode hits = JsonMapper.builder().build().readTree(run.out());
        assertThat(hits).hasSize(2);
        for (JsonNode hit : hits) {
            assertThat(hit.get("reportId").asString()).isEqualTo(SEED_ID);
            String snippet = hit.get("snippet").asString();
            JsonNode first = hit.get("highlights").get(0);
            assertThat(snippet.substring(first.get("start").asInt(), first.get("end").asInt())).isEqualToIgnoringCase("wagner");
            assertThat(hit.has("sectionTitle")).isTrue();
            assertThat(hit.has("score")).isTrue();
        }
    }

    @Test
    void searchForADesignationFindsItHoweverItIsWritten() {
        for (String query : List.of("PMN-2", "pmn-2", "PMN 2", "pmn2")) {
            CommandLineRun run = withLibrary("search", query, "--json");
            JsonNode hits = JsonMapper.builder().build().readTree(run.out());
            assertThat(hits).as(query).isNotEmpty();
            for (JsonNode hit : hits) {
                assertThat(hit.get("snippet").asString()).as(query).containsIgnoringCase("PMN-2");
            }
        }
    }

    @Test
    void searchWithNoHitsSaysWhatToTry() {
        CommandLineRun run = withLibrary("search", "zzzxqv");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("No passages match 'zzzxqv'");
    }

    @Test
    void hostileQueriesNeverError() {
        for (String query : List.of("\"", "AND", "(", "*", "-", "NEAR(", "a\u0000b", "\u05e9\u05dc\u05d5\u05dd", "x".repeat(10_000))) {
            CommandLineRun run = withLibrary("search", query);
            assertThat(run.status()).as(query).isZero();
            assertThat(run.err()).as(query).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotALibraryIsRefusedAndLeftUntouched() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "my own notes, not a library\n");
        CommandLineRun run = run("--library", notes.toString(), "list");
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains(notes.toString()).doesNotContain("Exception");
        assertThat(Files.readString(notes)).isEqualTo("my own notes, not a library\n");
    }

    static List<String> nonBlankLines(String text) {
        return text.replace("\uFEFF", "").lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
    }
}
