package org.fieldbook.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.AppContext;
import org.fieldbook.cli.CommandLineRun;
import org.fieldbook.model.ReportId;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SameThreadUiExecutor;
import org.fieldbook.ui.main.MainViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 hostile strings wherever a user types: search (service and the window's view model)
 * and the command line (search, dump with a weird id, check with weird paths). No exception,
 * no error status, no "search failed" for any of them.
 */
class HostileStringsTest {
    static final List<String> STRINGS = HostileStrings.generate(1_000, 8);
    static final ReportId SEED = ReportId.parse(TrustFixtures.SEED_ID);

    @TempDir
    static Path dir;

    static AppContext library;

    @BeforeAll
    static void open() {
        library = AppContext.open(dir.resolve("library.sqlite"));
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @Test
    void searchAnswersEveryStringWithResultsOrNone() {
        for (String text : STRINGS) {
            assertThat(library.searchService().search(text, 20, null)).as(HostileStrings.shown(text)).isNotNull();
            assertThat(library.searchService().search(text, 5, SEED)).as(HostileStrings.shown(text)).isNotNull();
        }
        System.out.printf("TRUST hostile strings into search: %d strings, %d passed%n", STRINGS.size(), STRINGS.size());
    }

    @Test
    void theWindowsSearchNeverReportsAFailure() {
        SameThreadUiExecutor executor = new SameThreadUiExecutor();
        MainViewModel model = new MainViewModel(library.libraryService(), library.searchService(),
                library.importService(), library.catalogueService(), library.chartService(), executor, Messages.english());
        String failed = Messages.english().get("search.failed", "").strip();
        for (String text : STRINGS) {
            model.search().search(text);
            assertThat(model.search().statusProperty().get()).as(HostileStrings.shown(text)).doesNotStartWith(failed);
            model.search().currentReportOnlyProperty().set(!model.search().currentReportOnlyProperty().get());
        }
        System.out.printf("TRUST hostile strings into the window's search: %d strings, %d passed, no error%n",
                STRINGS.size(), STRINGS.size());
    }

    @Test
    void theCommandLineAnswersEveryStringWithoutAFailure() {
        String library = dir.resolve("library.sqlite").toString();
        int i = 0;
        for (String text : STRINGS) {
            String[] args = switch (i++ % 4) {
                case 0 -> new String[] {"--library", library, "search", text};
                case 1 -> new String[] {"--library", library, "search", "--json", "--report", TrustFixtures.SEED_ID, text};
                case 2 -> new String[] {"--library", library, "dump", text};
                default -> new String[] {"check", text, dir.resolve(text.length() > 200 ? "long" : "x").toString() + text};
            };
            assertNoFailure(CommandLineRun.of(args), args[args.length - 2] + " " + HostileStrings.shown(text));
        }
        System.out.printf("TRUST hostile strings on the command line: %d runs (search, search --json, dump, check), "
                + "%d passed%n", STRINGS.size(), STRINGS.size());
    }

    /**
     * Catalogue lookup: {@code fieldbook mines NAME} once the catalogue branch lands (until
     * then picocli answers "unknown command", a usage error). The lead extends this with
     * {@code CatalogueService} lookups and the catalogue view model, as the search tests above do.
     */
    @Test
    void catalogueLookupNeverFails() {
        String library = dir.resolve("library.sqlite").toString();
        for (String text : STRINGS) {
            assertNoFailure(CommandLineRun.of("--library", library, "mines", text), "mines " + HostileStrings.shown(text));
        }
    }

    /** Exit 0 (found or not), 1 (nothing to act on) or 2 (usage): never 3 or 70, never a stack trace. */
    static void assertNoFailure(CommandLineRun run, String what) {
        assertThat(run.status()).as("%s: %s", what, run.err()).isIn(0, 1, 2);
        assertThat(run.err()).as(what).doesNotContain("unexpected failure", "Exception", "\tat ");
    }
}
