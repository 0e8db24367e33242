package org.fieldbook.model;

import java.util.List;

/**
 * The mentions of catalogue entries found in one report, and the catalogue generation they
 * were found with (the library refuses to store them if its catalogue has changed since).
 * Generation {@link #UNCHECKED} stores them without that check.
 */
public record ReportMentions(long catalogueGeneration, List<PassageMention> mentions) {
    public static final long UNCHECKED = -1;
    public static final ReportMentions NONE = new ReportMentions(UNCHECKED, List.of());

    public ReportMentions {
        mentions = List.copyOf(mentions);
    }
}
