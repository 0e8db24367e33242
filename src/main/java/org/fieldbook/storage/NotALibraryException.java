package org.fieldbook.storage;

/**
 * The file exists but is not a Fieldbook library (not an SQLite database, a damaged one, or
 * the database of another program). Fieldbook leaves such a file as it found it.
 */
public final class NotALibraryException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** A refusal described by {@code message}, which names the file. */
    public NotALibraryException(String message) {
        super(Reason.NOT_A_LIBRARY, message, null);
    }

    /** A refusal described by {@code message}, caused by {@code cause}. */
    public NotALibraryException(String message, Throwable cause) {
        super(Reason.NOT_A_LIBRARY, message, cause);
    }

    /** A refusal of a known kind ({@link Reason#DAMAGED} or {@link Reason#NOT_A_LIBRARY}). */
    NotALibraryException(Reason reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
