package org.fieldbook.importer;

import java.util.Locale;

/** How serious a problem found in an input file is. An error stops the file's import. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** As printed: "error", "warning", "info". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
