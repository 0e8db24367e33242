package org.fieldbook.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact about a mine type: its kind, an optional label (for {@link AttributeKind#OTHER}
 * facts such as "jump height"), and its published values. When {@code sourcesDiffer}, the
 * values are conflicting figures from different sources, kept side by side.
 */
public record MineAttribute(AttributeKind kind, String label, boolean sourcesDiffer, List<SourcedValue> values) {
    public MineAttribute {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
    }
}
