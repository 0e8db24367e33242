package org.fieldbook.catalogue;

import org.fieldbook.model.MineType;

/** One entry found by a name lookup, how it matched, and the name or alias that matched. */
public record LookupHit(MineType entry, MatchKind kind, String matched) {
}
