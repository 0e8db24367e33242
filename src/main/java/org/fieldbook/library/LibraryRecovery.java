package org.fieldbook.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.fieldbook.storage.StorageException;
import org.fieldbook.storage.StorageException.Reason;

/**
 * What to do when the library cannot be opened: says what is wrong in words, offers the ways
 * out that can work for that trouble, and keeps a damaged file aside before a rebuild. It
 * never deletes a library file and never changes one it cannot open.
 */
public final class LibraryRecovery {
    /** A way out that the window offers. */
    public enum Action {
        /** Keep the file aside, then make a new library from the bundled content. */
        REBUILD,
        /** Try opening again (after freeing disk space, closing the other window...). */
        RETRY,
        QUIT
    }

    /** What is wrong, for the user, and what they can do about it. */
    public record Diagnosis(Reason reason, String title, String explanation, List<Action> actions) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String[] SQLITE_SIDE_FILES = {"-wal", "-shm"};

    private final Path library;
    private final Clock clock;

    /** Recovery of the library file {@code library}; {@code clock} stamps the names of files kept aside. */
    public LibraryRecovery(Path library, Clock clock) {
        this.library = library.toAbsolutePath();
        this.clock = clock;
    }

    /** What {@code failure} (from opening the library) means for the user. */
    public Diagnosis diagnose(Throwable failure) {
        Reason reason = failure instanceof StorageException storage ? storage.reason() : Reason.OTHER;
        String what = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return switch (reason) {
            case DAMAGED, NOT_A_LIBRARY -> new Diagnosis(reason,
                    reason == Reason.DAMAGED ? "The library is damaged" : "This file is not a Fieldbook library",
                    what + "\n\nRebuild library keeps this file aside as " + library.getFileName()
                            + ".damaged-<date and time> in " + library.getParent() + " (it is never deleted) and makes "
                            + "a new library from the profiles that come with Fieldbook. Profiles you imported "
                            + "yourself will need importing again.",
                    List.of(Action.REBUILD, Action.QUIT));
            case NEWER_VERSION -> new Diagnosis(reason, "The library was made by a newer Fieldbook",
                    what + "\n\nFieldbook never downgrades a library. Install the newer Fieldbook to open it.",
                    List.of(Action.QUIT));
            case READ_ONLY -> new Diagnosis(reason, "The library cannot be written",
                    what + "\n\nFieldbook needs to write to " + library + " and its folder. Check that the folder is "
                            + "not read-only (a locked USB stick, a read-only share), then choose Try again.",
                    List.of(Action.RETRY, Action.QUIT));
            case DISK_FULL -> new Diagnosis(reason, "The disk is full",
                    what + "\n\nFree some space on the disk that holds " + library.getParent()
                            + ", then choose Try again. The library was not changed.",
                    List.of(Action.RETRY, Action.QUIT));
            case IN_USE -> new Diagnosis(reason, "The library is open in another Fieldbook",
                    what + "\n\nUse the other Fieldbook window, or close it and choose Try again.",
                    List.of(Action.RETRY, Action.QUIT));
            case OTHER -> new Diagnosis(reason, "Fieldbook cannot open its library",
                    what + "\n\nChoose Try again; if that does not help, the log file in " + library.getParent()
                            + " says more.",
                    List.of(Action.RETRY, Action.QUIT));
        };
    }

    /** What a command-line user can do about a library failure, if there is more to say than its message. */
    public static Optional<String> commandLineAdvice(StorageException failure) {
        return switch (failure.reason()) {
            case DAMAGED, NOT_A_LIBRARY -> Optional.of("Open the Fieldbook window to keep that file aside and rebuild "
                    + "the library, or choose another file with --library.");
            case IN_USE -> Optional.of("Import in that Fieldbook window (File > Import), or close it and run this "
                    + "command again. Nothing was imported.");
            default -> Optional.empty();
        };
    }

    /**
     * Moves the library file (and SQLite's -wal and -shm files beside it, so that the kept
     * copy still opens whole) to {@code library.sqlite.damaged-<yyyyMMdd-HHmmss>}.
     *
     * @return where the library file now is, or null when there was no file to move
     * @throws StorageException when the file cannot be moved; nothing is deleted either way
     */
    public Path setAside() {
        if (!Files.exists(library)) {
            return null;
        }
        Path aside = freeName(library.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP));
        try {
            Files.move(library, aside);
            for (String suffix : SQLITE_SIDE_FILES) {
                Path side = library.resolveSibling(library.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
                }
            }
        } catch (IOException e) {
            throw new StorageException(Reason.READ_ONLY, "Could not move the damaged library " + library + " aside to "
                    + aside + ": " + e.getMessage() + ". Nothing was deleted.", e);
        }
        return aside;
    }

    private Path freeName(String base) {
        Path candidate = library.resolveSibling(base);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = library.resolveSibling(base + "-" + n);
        }
        return candidate;
    }
}
