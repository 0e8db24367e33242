package org.fieldbook.model;

/** How many passages, in how many reports, name a catalogue entry. */
public record MentionCount(int passages, int reports) {
    public static final MentionCount NONE = new MentionCount(0, 0);
}
