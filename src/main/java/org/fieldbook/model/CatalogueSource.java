package org.fieldbook.model;

import java.util.List;
import java.util.Objects;

/** A source the catalogue cites: its key ("S1"), where it is published, and what it gives. */
public record CatalogueSource(String key, List<String> urls, String note) {
    public CatalogueSource {
        Objects.requireNonNull(key, "key");
        urls = List.copyOf(urls);
    }
}
