package org.fieldbook.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.fieldbook.App;
import org.fieldbook.library.LibraryLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window (App, headless on Monocle) started on a damaged library: it starts anyway,
 * says what is wrong, offers the ways out that fit, and a rebuild keeps the damaged file aside.
 */
class DamagedLibraryWindowTest {
    @TempDir
    Path dir;

    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void forgetTheWindowsErrorHandler() throws Exception {
        // App.start made its ErrorDialog the FX thread's handler; later tests on this thread need the default back
        FxToolkit.setupFixture(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
    }

    /** Starts the window on {@code library}, as {@code fieldbook --library LIBRARY} does. */
    void startWindow(Path library) throws Exception {
        FxToolkit.setupApplication(App.class, "--library=" + library);
    }

    void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    boolean shown(String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    static List<Path> asideCopies(Path library) throws Exception {
        try (Stream<Path> files = Files.list(library.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("library.sqlite.damaged-")).toList();
        }
    }

    @Test
    void aTruncatedLibraryIsKeptAsideAndRebuiltFromTheBundle() throws Exception {
        Path library = DamagedLibraries.truncated(dir.resolve("library.sqlite"), 0.6);
        byte[] damaged = Files.readAllBytes(library);
        startWindow(library);

        waitFor("#libraryProblem");
        assertThat(text("#libraryProblemTitle")).isEqualTo("The library is damaged");
        assertThat(text("#libraryProblemText")).contains(library.toString(), "cut off", "never deleted");
        assertThat(shown("#rebuildLibraryButton")).isTrue();
        assertThat(shown("#quitButton")).isTrue();
        assertThat(asideCopies(library)).as("nothing is moved before the user chooses").isEmpty();
        assertThat(Files.readAllBytes(library)).isEqualTo(damaged);

        robot.clickOn("#rebuildLibraryButton");
        waitFor("#mainView");
        assertThat(asideCopies(library)).singleElement().satisfies(aside ->
                assertThat(Files.readAllBytes(aside)).as("the damaged copy is kept whole").isEqualTo(damaged));
        assertThat(LibraryLook.count(library, "report")).isEqualTo(1);
        System.out.println("TRUST window on a truncated library: problem shown, rebuilt, damaged copy kept, 0 lost");
    }

    @Test
    void aLibraryWithOverwrittenPagesIsFoundDamagedAfterItOpens() throws Exception {
        Path library = DamagedLibraries.randomPages(dir.resolve("library.sqlite"), 3);
        startWindow(library);

        waitFor("#libraryProblem");
        assertThat(text("#libraryProblemTitle")).isEqualTo("The library is damaged");
        assertThat(shown("#rebuildLibraryButton")).isTrue();
        System.out.println("TRUST window on a library with overwritten pages: problem shown, rebuild offered");
    }

    @Test
    void aNewerLibraryIsOnlyRefusedNeverMovedOrDowngraded() throws Exception {
        Path library = DamagedLibraries.newerVersion(dir.resolve("library.sqlite"));
        byte[] before = Files.readAllBytes(library);
        startWindow(library);

        waitFor("#libraryProblem");
        assertThat(text("#libraryProblemTitle")).isEqualTo("The library was made by a newer Fieldbook");
        assertThat(text("#libraryProblemText")).contains("never downgrades", "version 99");
        assertThat(shown("#rebuildLibraryButton")).isFalse();
        assertThat(shown("#quitButton")).isTrue();
        assertThat(Files.readAllBytes(library)).isEqualTo(before);
        System.out.println("TRUST window on a newer library: refused, file unchanged");
    }

    @Test
    void anotherProgramsDatabaseIsKeptAsideOnRebuild() throws Exception {
        Path library = DamagedLibraries.otherProgram(dir.resolve("library.sqlite"));
        startWindow(library);

        waitFor("#libraryProblem");
        assertThat(text("#libraryProblemTitle")).isEqualTo("This file is not a Fieldbook library");
        robot.clickOn("#rebuildLibraryButton");
        waitFor("#mainView");
        assertThat(asideCopies(library)).hasSize(1);
        System.out.println("TRUST window on another program's database: kept aside, rebuilt");
    }

    @Test
    void aLibraryInUseByAnotherFieldbookSaysSo() throws Exception {
        Path library = DamagedLibraries.real(dir.resolve("library.sqlite"));
        try (LibraryLock other = LibraryLock.acquire(library, "window", Duration.ZERO)) {
            startWindow(library);
            waitFor("#libraryProblem");
            assertThat(text("#libraryProblemTitle")).isEqualTo("The library is open in another Fieldbook");
            assertThat(shown("#retryButton")).isTrue();
        }
        robot.clickOn("#retryButton");
        waitFor("#mainView");
    }

    @Test
    void aFullDiskIsTriedAgainOnceThereIsRoom() throws Exception {
        assumeTrue(Mounts.available(), "needs root to mount a small tmpfs (CI runs as root)");
        Path disk = dir.resolve("disk");
        Mounts.tmpfs(disk, "2m");
        try {
            Path filler = Files.write(disk.resolve("filler.bin"), new byte[2 * 1024 * 1024 - 64 * 1024]);
            Path library = disk.resolve("library.sqlite");
            startWindow(library);

            waitFor("#libraryProblem");
            assertThat(text("#libraryProblemTitle")).isEqualTo("The disk is full");
            assertThat(shown("#retryButton")).isTrue();
            Files.delete(filler);
            robot.clickOn("#retryButton");
            waitFor("#mainView");
            assertThat(LibraryLook.count(library, "report")).isEqualTo(1);
            System.out.println("TRUST window on a full disk: said so, tried again, library made, 0 lost");
        } finally {
            Thread.sleep(200);
            Mounts.unmount(disk);
        }
    }
}
