package org.fieldbook.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of fact a catalogue entry records, in the order a card shows them. */
public enum AttributeKind {
    FUZE("fuze"),
    WEIGHT("weight"),
    EXPLOSIVE("explosive"),
    DETECTABILITY("detectability"),
    SELF_DESTRUCT("selfDestruct"),
    OTHER("other");

    private final String key;

    AttributeKind(String key) {
        this.key = key;
    }

    /** As written in a catalogue file: "fuze", "weight", "explosive", "detectability", "selfDestruct", "other". */
    public String key() {
        return key;
    }

    public static Optional<AttributeKind> ofKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
