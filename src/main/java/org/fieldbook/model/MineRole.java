package org.fieldbook.model;

import java.util.Arrays;
import java.util.Optional;

/** What a catalogue entry is for: a mine's target, or a system that lays mines. */
public enum MineRole {
    ANTIPERSONNEL("antipersonnel"),
    ANTIVEHICLE("antivehicle"),
    DELIVERY_SYSTEM("delivery system");

    private final String label;

    MineRole(String label) {
        this.label = label;
    }

    /** As written in a catalogue file and printed: "antipersonnel", "antivehicle", "delivery system". */
    public String label() {
        return label;
    }

    /** The role written as {@code label} in a catalogue file, if there is one. */
    public static Optional<MineRole> ofLabel(String label) {
        return Arrays.stream(values()).filter(role -> role.label.equals(label)).findFirst();
    }
}
