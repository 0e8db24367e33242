package org.fieldbook.cli;

import org.fieldbook.model.ReportSummary;

/** {@code list --json}: one report. Field names are a public interface; keep them stable. */
record ReportJson(String id, String country, String profile, int year, String lastUpdated, String sourceFile,
                  int sections, int paragraphs, int footnotes) {

    static ReportJson of(ReportSummary summary) {
        return new ReportJson(summary.id().toString(), summary.country(), summary.profileType(), summary.year(),
                summary.lastUpdated() == null ? null : summary.lastUpdated().toString(), summary.sourceFile(),
                summary.sections(), summary.paragraphs(), summary.footnotes());
    }
}
