package org.fieldbook.model;

import java.time.LocalDate;

/** One line of the library's list of reports: identity, title facts and counts. */
public record ReportSummary(ReportId id, String country, String profileType, int year, LocalDate lastUpdated,
                            String sourceFile, int sections, int paragraphs, int footnotes) {
}
