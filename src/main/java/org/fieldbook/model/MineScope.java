package org.fieldbook.model;

import java.util.Optional;

/** Which mines a figure counts. */
public enum MineScope {
    ANTIPERSONNEL,
    /** Antipersonnel and other mines together: not comparable with antipersonnel-only figures. */
    ALL_TYPES;

    /** "antipersonnel", "all-types". */
    public String code() {
        return Codes.code(this);
    }

    public static Optional<MineScope> fromCode(String code) {
        return Codes.fromCode(values(), code);
    }

    public static String allCodes() {
        return Codes.all(values());
    }
}
