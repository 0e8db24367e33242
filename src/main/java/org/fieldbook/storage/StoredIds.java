package org.fieldbook.storage;

import org.fieldbook.model.ReportId;

/** Report ids as stored in {@code report.key}. */
final class StoredIds {
    private StoredIds() {
    }

    /**
     * The id whose {@link ReportId#toString()} is {@code key}. Unlike {@link ReportId#parse} it
     * accepts any year, since the library stores whatever id the importer made.
     */
    static ReportId reportId(String key) {
        int first = key.indexOf('/');
        int last = key.lastIndexOf('/');
        if (first < 0 || last == first) {
            throw new IllegalArgumentException("damaged report id: " + key);
        }
        return new ReportId(key.substring(0, first), key.substring(first + 1, last),
                Integer.parseInt(key.substring(last + 1)));
    }
}
