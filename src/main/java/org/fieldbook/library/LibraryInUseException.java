package org.fieldbook.library;

import org.fieldbook.storage.StorageException;

/** Another Fieldbook (a window, or an import still running) holds the library's lock file. */
public final class LibraryInUseException extends StorageException {
    private static final long serialVersionUID = 1L;

    LibraryInUseException(String message) {
        super(Reason.IN_USE, message, null);
    }
}
