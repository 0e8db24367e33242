package org.fieldbook.model;

import java.util.Objects;

/** How a mine works ("blast", "bounding fragmentation", ...); {@code unconfirmed} when no source confirms it. */
public record Mechanism(String name, boolean unconfirmed) {
    public Mechanism {
        Objects.requireNonNull(name, "name");
    }
}
