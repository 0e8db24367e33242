package org.fieldbook.model;

import java.util.List;
import java.util.Objects;

/**
 * One published value of a catalogue fact and the sources that give it (keys such as
 * {@code "S1"}). {@code unconfirmed} marks a value the reference gives without any source
 * confirming it; such a value may have no sources.
 */
public record SourcedValue(String text, List<String> sources, boolean unconfirmed) {
    public SourcedValue {
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
    }
}
