package org.fieldbook.model;

import java.util.List;
import java.util.Objects;

/**
 * A stored passage that names a catalogue entry: the report, where in it (as for a
 * {@link SearchHit}), the passage's text exactly as stored (footnote markers included) and
 * the ranges of that text that name the entry.
 *
 * @param sectionOrdinal the section (null for a footnote)
 * @param sectionTitle   that section's heading, or null
 * @param blockOrdinal   the block's report-wide ordinal, or the footnote's position in the list
 * @param footnoteNumber the footnote's number when the passage is a footnote, else null
 */
public record Mention(String mineType, ReportId reportId, String country, String profileType, int year,
                      PassageKind kind, Integer sectionOrdinal, String sectionTitle, int blockOrdinal,
                      Integer footnoteNumber, String text, List<TextRange> ranges) {
    public Mention {
        Objects.requireNonNull(mineType, "mineType");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        ranges = List.copyOf(ranges);
    }
}
