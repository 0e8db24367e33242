package org.fieldbook.model;

import java.util.List;
import java.util.Objects;

/**
 * One line-level unit of a profile outside the footnote list: a title line, a heading, a
 * paragraph or a chrome line. {@code text} is exactly as in the source (trailing whitespace
 * removed), {@code markers} are its footnote markers, {@code line} its 1-based source line.
 */
public record Block(BlockKind kind, String text, List<Marker> markers, int line) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        markers = List.copyOf(markers);
    }

    /** The text with its footnote markers removed, for display and headings. */
    public String plainText() {
        return Markers.strip(text, markers);
    }
}
