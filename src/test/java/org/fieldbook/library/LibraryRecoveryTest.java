package org.fieldbook.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fieldbook.library.LibraryRecovery.Action;
import org.fieldbook.storage.StorageException;
import org.fieldbook.storage.StorageException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions of the recovery flow, and keeping a damaged file aside without losing a byte. */
class LibraryRecoveryTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    LibraryRecovery recovery() {
        return new LibraryRecovery(dir.resolve("library.sqlite"), CLOCK);
    }

    static StorageException failure(Reason reason) {
        return new StorageException(reason, "what went wrong", null);
    }

    @Test
    void eachTroubleOffersTheWaysOutThatCanWork() {
        assertThat(recovery().diagnose(failure(Reason.DAMAGED)).actions()).containsExactly(Action.REBUILD, Action.QUIT);
        assertThat(recovery().diagnose(failure(Reason.NOT_A_LIBRARY)).actions())
                .containsExactly(Action.REBUILD, Action.QUIT);
        assertThat(recovery().diagnose(failure(Reason.NEWER_VERSION)).actions()).containsExactly(Action.QUIT);
        assertThat(recovery().diagnose(failure(Reason.READ_ONLY)).actions()).containsExactly(Action.RETRY, Action.QUIT);
        assertThat(recovery().diagnose(failure(Reason.DISK_FULL)).actions()).containsExactly(Action.RETRY, Action.QUIT);
        assertThat(recovery().diagnose(failure(Reason.IN_USE)).actions()).containsExactly(Action.RETRY, Action.QUIT);
        assertThat(recovery().diagnose(new IllegalStateException("bug")).actions())
                .containsExactly(Action.RETRY, Action.QUIT);
    }

    @Test
    void theExplanationSaysWhatAndWhereAndThatNothingIsDeleted() {
        LibraryRecovery.Diagnosis damaged = recovery().diagnose(failure(Reason.DAMAGED));
        assertThat(damaged.title()).isEqualTo("The library is damaged");
        assertThat(damaged.explanation()).startsWith("what went wrong").contains("library.sqlite.damaged-",
                dir.toString(), "never deleted", "importing again");
        assertThat(recovery().diagnose(failure(Reason.NEWER_VERSION)).explanation()).contains("never downgrades");
    }

    @Test
    void settingAsideMovesTheFileAndItsLogWithATimestampAndNeverOverwrites() throws Exception {
        Path library = Files.write(dir.resolve("library.sqlite"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("library.sqlite-wal"), new byte[] {4});
        Path first = recovery().setAside();

        assertThat(first.getFileName().toString()).isEqualTo("library.sqlite.damaged-20261127-030405");
        assertThat(Files.readAllBytes(first)).containsExactly(1, 2, 3);
        assertThat(dir.resolve("library.sqlite.damaged-20261127-030405-wal")).hasBinaryContent(new byte[] {4});
        assertThat(library).doesNotExist();

        Files.write(library, new byte[] {9});
        Path second = recovery().setAside();
        assertThat(second.getFileName().toString()).isEqualTo("library.sqlite.damaged-20261127-030405-2");
        assertThat(Files.readAllBytes(first)).containsExactly(1, 2, 3);
        assertThat(recovery().setAside()).as("no file, nothing to move").isNull();
    }

    @Test
    void commandLineAdviceForDamageAndForALibraryInUse() {
        assertThat(LibraryRecovery.commandLineAdvice(failure(Reason.DAMAGED))).hasValueSatisfying(a ->
                assertThat(a).contains("window", "rebuild"));
        assertThat(LibraryRecovery.commandLineAdvice(failure(Reason.IN_USE))).hasValueSatisfying(a ->
                assertThat(a).contains("Nothing was imported"));
        assertThat(LibraryRecovery.commandLineAdvice(failure(Reason.DISK_FULL))).isEmpty();
    }
}
