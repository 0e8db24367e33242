package org.fieldbook.model;

import java.util.Optional;

/** What a figure counts. {@link #code()} is how figures files and CSV exports write it. */
public enum Measure {
    /** Mines held in stock at a time. */
    STOCKPILED,
    /** Mines destroyed or disposed of in a year or a period. */
    DESTROYED,
    /** Mines a plan says will be destroyed in a period. */
    PLANNED_DESTRUCTION,
    /** Mines held by the country's forces in another country. */
    HELD_ABROAD;

    /** "stockpiled", "planned-destruction", ... */
    public String code() {
        return Codes.code(this);
    }

    public static Optional<Measure> fromCode(String code) {
        return Codes.fromCode(values(), code);
    }

    /** Every code, for messages that list what is allowed. */
    public static String allCodes() {
        return Codes.all(values());
    }
}
