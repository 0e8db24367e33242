package org.fieldbook.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Labeled;
import org.fieldbook.App;
import org.fieldbook.library.LibraryLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two Fieldbooks on one library, as two processes: a window (headless, in a child JVM) holds
 * the library; a command-line import is refused with a clear message, reading commands work,
 * a second window says the library is in use; once the window is gone the import goes in.
 * Two command-line imports at once both land: the second waits for the first.
 */
class TwoInstancesTest {
    static final Path NEW_ZEALAND = Path.of("src/test/resources/cli/new-zealand-2020.txt");

    @TempDir
    Path dir;

    Process window;

    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        if (window != null) {
            window.destroyForcibly().waitFor();
        }
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    @Test
    void aWindowHoldsTheLibraryAndASecondFieldbookIsToldSo() throws Exception {
        Path library = DamagedLibraries.real(dir.resolve("library.sqlite"));
        Path lockFile = LibraryLock.lockFile(library);
        window = new ChildJvm(dir).headlessWindow().start("window", "--library", library.toString());
        waitUntil(() -> Files.exists(lockFile) && Files.readString(lockFile).startsWith("window, process "
                + window.pid()));

        ChildJvm commandLine = new ChildJvm(dir);
        assertThat(commandLine.run("import", "--library", library.toString(), "import", NEW_ZEALAND.toString()))
                .isEqualTo(3);
        assertThat(commandLine.errText("import")).contains("The library " + library + " is in use by another "
                + "Fieldbook (window, process " + window.pid(), "Nothing was imported").doesNotContain("Exception");
        assertThat(commandLine.run("list", "--library", library.toString(), "list")).isZero();
        assertThat(commandLine.outText("list")).contains(TrustFixtures.SEED_ID).doesNotContain("new-zealand");

        FxToolkit.setupApplication(App.class, "--library=" + library);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#libraryProblemTitle").tryQuery().isPresent());
        assertThat(((Labeled) robot.lookup("#libraryProblemTitle").query()).getText())
                .isEqualTo("The library is open in another Fieldbook");
        assertThat(((Labeled) robot.lookup("#libraryProblemText").query()).getText())
                .contains("window, process " + window.pid());

        window.destroy();  // the user closes it (SIGTERM); the system lets go of its lock either way
        assertThat(window.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(commandLine.run("import2", "--library", library.toString(), "import", NEW_ZEALAND.toString()))
                .as(commandLine.errText("import2")).isZero();
        assertThat(LibraryLook.integrity(library)).isEqualTo("ok");
        assertThat(LibraryLook.count(library, "report")).isEqualTo(2);
        System.out.println("TRUST two instances: import refused while a window held the library, second window "
                + "told, import went in after, 0 lost");
    }

    @Test
    void twoImportsAtOnceBothLand() throws Exception {
        Path library = DamagedLibraries.real(dir.resolve("library.sqlite"));
        ChildJvm commandLine = new ChildJvm(dir);
        List<Process> imports = new ArrayList<>();
        for (int batch = 0; batch < 2; batch++) {
            List<Path> files = TrustFixtures.seedCopies(dir.resolve("batch" + batch), 1900 + 10 * batch, 10);
            String[] args = Stream.concat(Stream.of("--library", library.toString(), "import"),
                    files.stream().map(Path::toString)).toArray(String[]::new);
            imports.add(commandLine.start("batch" + batch, args));
        }
        for (int batch = 0; batch < 2; batch++) {
            assertThat(imports.get(batch).waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(imports.get(batch).exitValue()).as(Files.readString(commandLine.err("batch" + batch),
                    StandardCharsets.UTF_8)).isZero();
        }
        assertThat(LibraryLook.integrity(library)).isEqualTo("ok");
        assertThat(LibraryLook.count(library, "report")).isEqualTo(21);
        System.out.println("TRUST two imports at once: 20 of 20 files imported, integrity ok, 0 lost");
    }
}
