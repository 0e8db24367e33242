package org.fieldbook.ui.main;

import java.util.Objects;
import org.fieldbook.model.ReportId;

/**
 * A place in the library a reader can go back to: a report, a section of it, and
 * optionally a paragraph of that section ({@code -1} for the section's top).
 */
public record Place(ReportId report, int section, int paragraph) {
    public Place {
        Objects.requireNonNull(report, "report");
    }

    public static Place sectionTop(ReportId report, int section) {
        return new Place(report, section, -1);
    }
}
