package org.fieldbook.model;

import java.util.Objects;

/**
 * A passage of a report being imported that names a catalogue entry. {@code ordinal} is the
 * block's report-wide ordinal (headings, paragraphs; see {@link Report#positionOfBlock}) or,
 * for a footnote, its position in the footnote list.
 */
public record PassageMention(PassageKind kind, int ordinal, NameMatch match) {
    public PassageMention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(match, "match");
    }
}
