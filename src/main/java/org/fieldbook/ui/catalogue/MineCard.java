package org.fieldbook.ui.catalogue;

import java.util.List;

/**
 * What a catalogue card shows, as text: the entry's names, its facts with the sources of
 * each value, its note, and the sources it cites. Plain data, built without a toolkit.
 *
 * @param aliases   other names, or empty
 * @param nicknames nicknames, or empty
 * @param note      the entry's note, or empty
 */
public record MineCard(String title, String subtitle, String aliases, String nicknames, List<Fact> facts, String note,
                       List<Source> sources) {

    /** A fact: its label, whether its sources disagree, and its values. */
    public record Fact(String label, boolean sourcesDiffer, List<Value> values) {
    }

    /** A value and its sources as shown: "[S1, S2]", or a note that no source confirms it. */
    public record Value(String text, String sources, boolean unconfirmed) {
    }

    /** A source the card cites: its key, addresses and what it gives. */
    public record Source(String key, String text) {
    }
}
