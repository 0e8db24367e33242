package org.fieldbook.model;

/** A character range {@code [start, end)} in a text, such as a highlighted match. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
