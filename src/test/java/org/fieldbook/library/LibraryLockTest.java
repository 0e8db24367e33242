package org.fieldbook.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock beside a library (the two-process behaviour is in TwoInstancesTest). */
class LibraryLockTest {
    @TempDir
    Path dir;

    @Test
    void aHeldLockIsRefusedWithWhoHoldsItAndFreeAgainOnceReleased() {
        Path library = dir.resolve("library.sqlite");
        try (LibraryLock window = LibraryLock.acquire(library, "window", Duration.ZERO)) {
            assertThat(LibraryLock.holderOf(LibraryLock.lockFile(library)))
                    .startsWith("window, process " + ProcessHandle.current().pid() + ", since ");
            assertThatThrownBy(() -> LibraryLock.acquire(library, "import", Duration.ofMillis(300)))
                    .isInstanceOf(LibraryInUseException.class)
                    .hasMessageContaining(library + " is in use by another Fieldbook (window, process");
        }
        LibraryLock.acquire(library, "import", Duration.ZERO).close();
        assertThat(LibraryLock.lockFile(library)).as("the lock file stays (deleting lock files races)").exists();
    }
}
