package org.fieldbook.chart;

/** A chart could not be exported; the message says what and where, for the user. */
public final class ChartExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ChartExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ChartExportException(String message) {
        super(message);
    }
}
