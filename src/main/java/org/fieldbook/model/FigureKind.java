package org.fieldbook.model;

import java.util.Optional;

/** Where a figure's value comes from. */
public enum FigureKind {
    /** Stated by the source as a fact. */
    REPORTED,
    /** Stated by the source as a plan or expectation. */
    FORECAST,
    /** Worked out from other figures; the figure says how. */
    DERIVED;

    /** "reported", "forecast", "derived". */
    public String code() {
        return Codes.code(this);
    }

    public static Optional<FigureKind> fromCode(String code) {
        return Codes.fromCode(values(), code);
    }

    public static String allCodes() {
        return Codes.all(values());
    }
}
