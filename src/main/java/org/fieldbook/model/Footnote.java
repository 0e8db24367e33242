package org.fieldbook.model;

import java.util.Objects;

/**
 * A footnote of the report's footnote list. {@code label} is the marker as written at the
 * start of its entry (for example {@code "[1] "} or {@code "[7]"}), {@code text} the rest,
 * with continuation lines joined by {@code '\n'}; {@code line} is the 1-based source line.
 */
public record Footnote(int number, String label, String text, int line) {
    public Footnote {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }

    /** The entry as written in the source: label then text. */
    public String sourceText() {
        return label + text;
    }
}
