package org.fieldbook.storage;

/**
 * The catalogue changed (another Fieldbook imported one) between finding a report's
 * mentions and storing them; nothing was stored. Find them again and retry.
 */
public final class StaleCatalogueException extends StorageException {
    private static final long serialVersionUID = 1L;

    StaleCatalogueException(String message) {
        super(message);
    }
}
