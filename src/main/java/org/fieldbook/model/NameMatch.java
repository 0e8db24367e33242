package org.fieldbook.model;

import java.util.List;
import java.util.Objects;

/** Where a text names a catalogue entry ({@code mineType} is its canonical name): every range, in order. */
public record NameMatch(String mineType, List<TextRange> ranges) {
    public NameMatch {
        Objects.requireNonNull(mineType, "mineType");
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a match needs at least one range");
        }
    }
}
