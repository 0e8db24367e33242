package org.fieldbook.model;

import java.util.List;

/**
 * One passage found by a full-text search.
 *
 * @param sectionOrdinal the section the passage is in (null for a footnote)
 * @param sectionTitle   that section's heading, or null when it has none
 * @param blockOrdinal   position of the passage among the report's stored blocks (or the
 *                       footnote's position in the footnote list), to open it
 * @param footnoteNumber the footnote's number when the passage is a footnote, else null
 * @param snippet        a short excerpt around the match, plain text
 * @param highlights     where the matched terms are in {@code snippet}
 * @param score          relevance, higher is better
 */
public record SearchHit(ReportId reportId, String country, String profileType, int year, PassageKind kind,
                        Integer sectionOrdinal, String sectionTitle, int blockOrdinal, Integer footnoteNumber,
                        String snippet, List<TextRange> highlights, double score) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** The snippet with each match wrapped in the given marks, for plain-text output. */
    public String markedSnippet(String open, String close) {
        StringBuilder out = new StringBuilder(snippet.length() + highlights.size() * 4);
        int from = 0;
        for (TextRange range : highlights) {
            out.append(snippet, from, range.start()).append(open)
               .append(snippet, range.start(), range.end()).append(close);
            from = range.end();
        }
        return out.append(snippet.substring(from)).toString();
    }
}
