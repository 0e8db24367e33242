package org.fieldbook.model;

/**
 * A footnote marker such as {@code [23]} inside a text: the footnote number and the
 * marker's character range {@code [start, end)} in that text, brackets included.
 */
public record Marker(int number, int start, int end) {
    public Marker {
        if (number < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("bad marker " + number + " at " + start + ".." + end);
        }
    }
}
