package org.fieldbook.storage;

/**
 * The library could not be opened, read or written. The message is written for a user and
 * names the library file.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, which names the library file. */
    public StorageException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause} (kept for the log). */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
