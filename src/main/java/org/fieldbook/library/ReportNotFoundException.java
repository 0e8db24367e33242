package org.fieldbook.library;

import org.fieldbook.model.ReportId;

/** A report id that the library does not hold. */
public final class ReportNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportNotFoundException(ReportId id) {
        super("the library holds no report " + id + " (see 'fieldbook list')");
    }
}
