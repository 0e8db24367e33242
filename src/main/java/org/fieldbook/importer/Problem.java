package org.fieldbook.importer;

import java.util.Objects;

/**
 * A problem found in an input file, at a 1-based line. Printed as
 * {@code FILE:LINE: error|warning|info: message}.
 */
public record Problem(String file, int line, Severity severity, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("lines are counted from 1");
        }
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public static Problem info(String file, int line, String message) {
        return new Problem(file, line, Severity.INFO, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + severity.label() + ": " + message;
    }
}
