package org.fieldbook.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.MineType;

/**
 * One catalogue made ready for use: its name lookup, its mention finder and the normalised
 * form of every name, built once. Immutable; the service swaps the whole index when the
 * catalogue is replaced.
 */
record CatalogueIndex(long generation, Catalogue catalogue, NameLookup lookup, MentionFinder finder, Set<String> keys) {

    static CatalogueIndex of(long generation, Catalogue catalogue) {
        List<MineType> entries = catalogue.entries();
        Set<String> keys = new HashSet<>();
        entries.forEach(entry -> entry.allNames().forEach(name -> keys.add(NameNormaliser.normalise(name))));
        return new CatalogueIndex(generation, catalogue, new NameLookup(entries), new MentionFinder(entries),
                Set.copyOf(keys));
    }
}
