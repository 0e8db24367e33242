package org.fieldbook.importer;

import java.util.List;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportMentions;

/**
 * What a profile import needs from the mine-type catalogue: the mentions of its entries to
 * store with the report, and the designations the catalogue does not know, reported as
 * information so that a curator can add them.
 */
public interface MentionScanner {
    /** No catalogue: no mentions, nothing to report. */
    MentionScanner NONE = new MentionScanner() {
        @Override
        public ReportMentions mentionsIn(Report report) {
            return ReportMentions.NONE;
        }

        @Override
        public List<Problem> unknownDesignations(Report report, String file) {
            return List.of();
        }
    };

    /** The passages of {@code report} that name catalogue entries, with the catalogue generation used. */
    ReportMentions mentionsIn(Report report);

    /** An {@link Severity#INFO} problem for each designation-shaped word the catalogue does not know. */
    List<Problem> unknownDesignations(Report report, String file);
}
