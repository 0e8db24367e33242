package org.fieldbook.ui.catalogue;

import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineType;

/** A line of the catalogue table: the entry, its texts as shown, and how often the library mentions it. */
public record CatalogueRow(MineType entry, String role, String mechanism, String selfDestruct, int mentions,
                           int reports) {

    public String name() {
        return entry.name();
    }

    static CatalogueRow of(MineType entry, MentionCount count, CardTexts texts) {
        return new CatalogueRow(entry, texts.role(entry.role()), texts.mechanisms(entry), texts.selfDestruct(entry),
                count.passages(), count.reports());
    }
}
