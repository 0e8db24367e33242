package org.fieldbook.storage;

/**
 * The library could not be opened, read or written. The message is written for a user and
 * names the library file; {@link #reason()} says what kind of trouble it is, so that the
 * window can offer the right way out (rebuild, retry, quit).
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of trouble stopped the library. */
    public enum Reason {
        /** The file is an SQLite database but broken (truncated, pages overwritten). */
        DAMAGED,
        /** The file is not a Fieldbook library at all (random bytes, another program's database). */
        NOT_A_LIBRARY,
        /** A library made by a newer Fieldbook; it is never downgraded. */
        NEWER_VERSION,
        /** The file or its folder cannot be written (or read). */
        READ_ONLY,
        /** The disk is full. */
        DISK_FULL,
        /** Another Fieldbook holds the library. */
        IN_USE,
        /** Anything else. */
        OTHER
    }

    private final Reason reason;

    /** A failure described by {@code message}, which names the library file. */
    public StorageException(String message) {
        this(Reason.OTHER, message, null);
    }

    /** A failure described by {@code message}, caused by {@code cause} (kept for the log). */
    public StorageException(String message, Throwable cause) {
        this(cause instanceof StorageException storage ? storage.reason() : Reason.OTHER, message, cause);
    }

    /** A failure of a known kind, described by {@code message}, which names the library file. */
    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** What kind of trouble this is. */
    public Reason reason() {
        return reason;
    }
}
