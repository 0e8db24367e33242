package org.fieldbook.model;

import java.util.List;
import java.util.Optional;

/** The mine-type catalogue: its entries in file order and the sources they cite. */
public record Catalogue(List<MineType> entries, List<CatalogueSource> sources) {
    /** A catalogue with nothing in it (a library that has none yet). */
    public static final Catalogue EMPTY = new Catalogue(List.of(), List.of());

    public Catalogue {
        entries = List.copyOf(entries);
        sources = List.copyOf(sources);
    }

    public Optional<CatalogueSource> source(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<MineType> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
