package org.fieldbook.model;

import java.util.Optional;

/** How exact a figure's value is, as its source words it. */
public enum Qualifier {
    /** The value as stated. */
    EXACT,
    /** "About", "approximately", "around". */
    APPROXIMATE,
    /** "At least", "more than". */
    AT_LEAST;

    /** "exact", "approximate", "at-least". */
    public String code() {
        return Codes.code(this);
    }

    public static Optional<Qualifier> fromCode(String code) {
        return Codes.fromCode(values(), code);
    }

    public static String allCodes() {
        return Codes.all(values());
    }
}
