package org.fieldbook.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.fieldbook.LogFile;
import org.fieldbook.cli.CommandLineRun;
import org.fieldbook.importer.Zips;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SameThreadUiExecutor;
import org.fieldbook.ui.main.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log a user sends to support names files, ids and counts, and never holds report text or
 * what the user searched for; it rotates at 1 MB and keeps five files.
 */
class SupportLogTest {
    @TempDir
    Path dir;

    static String logText(Path folder) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("fieldbook\\.\\d\\.log")).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    @Test
    void importsSearchesAndFailuresAreLoggedWithoutReportTextOrQueries() throws Exception {
        Path library = dir.resolve("library.sqlite");
        String query = "Wagner mercenaries stockpil*";
        String oddQuery = "zqxj-unlikely-query-7781";
        try (LogFile log = LogFile.install(dir.resolve("data"))) {
            Path zip = Zips.of().addFile("nz.txt", Path.of("src/test/resources/cli/new-zealand-2020.txt"))
                    .write(dir.resolve("update.zip"));
            assertThat(CommandLineRun.of("--library", library.toString(), "import", TrustFixtures.SEED.toString(),
                    zip.toString(), "src/test/resources/cli/duplicate-footnotes.txt").status()).isEqualTo(1);
            assertThat(CommandLineRun.of("--library", library.toString(), "search", query).status()).isZero();
            assertThat(CommandLineRun.of("--library", library.toString(), "search", oddQuery).status()).isZero();
            CommandLineRun.of("--library", library.toString(), "dump", "atlantis/mine-ban-policy/2021");
            try (var context = org.fieldbook.AppContext.open(library)) {
                MainViewModel model = new MainViewModel(context.libraryService(), context.searchService(),
                context.importService(), context.catalogueService(), context.chartService(), new SameThreadUiExecutor(), Messages.english());
                model.search().search(query);
                model.search().search(oddQuery);
            }
            Path notALibrary = Files.writeString(dir.resolve("notes.sqlite"), "my own notes about Wagner\n");
            assertThat(CommandLineRun.of("--library", notALibrary.toString(), "list").status()).isEqualTo(3);
            Logger.getLogger("test").info("written through the root logger");
            assertThat(log.current()).exists();
        }

        String log = logText(dir.resolve("data"));
        assertThat(log).as("the log says what happened")
                .contains("imported: " + TrustFixtures.SEED, "as " + TrustFixtures.SEED_ID, "update.zip!/nz.txt",
                        "not imported: src/test/resources/cli/duplicate-footnotes.txt (1 errors, first on line",
                        "library failure: " + notALibraryMessageStart(dir), "written through the root logger");
        assertThat(log).as("no search text").doesNotContain("Wagner", "mercenaries", "stockpil", "zqxj");
        List<String> reportLines = TrustFixtures.nonBlankLines(Files.readString(TrustFixtures.SEED))
                .stream().filter(line -> line.length() > 24).toList();
        assertThat(reportLines).hasSizeGreaterThan(20);
        for (String line : reportLines) {
            assertThat(log).as("no report text").doesNotContain(line.substring(0, 24));
        }
        System.out.printf("TRUST support log: %d report lines and 2 queries looked for, none found%n",
                reportLines.size());
    }

    private static String notALibraryMessageStart(Path dir) {
        return dir.resolve("notes.sqlite") + " is not a Fieldbook library";
    }

    @Test
    void theLogRotatesAtOneMegabyteAndKeepsFiveFiles() throws Exception {
        try (LogFile log = LogFile.install(dir)) {
            Logger logger = Logger.getLogger("rotation");
            String line = "x".repeat(1_000);
            for (int i = 0; i < 7_000; i++) {
                logger.info(line);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().matches("fieldbook\\.\\d\\.log")).toList();
            assertThat(logs).hasSize(5);
            for (Path file : logs) {
                assertThat(Files.size(file)).isLessThanOrEqualTo(1_000_000L + 2_000);
            }
        }
    }
}
