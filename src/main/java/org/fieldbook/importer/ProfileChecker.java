package org.fieldbook.importer;

import java.nio.file.Path;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportSummary;

/** Validates profile files without a library: what {@code fieldbook check} does. */
public final class ProfileChecker {
    private final ProfileParser parser;

    public ProfileChecker(ProfileParser parser) {
        this.parser = parser;
    }

    /** Parses and validates a file; the outcome names the report it holds when it has no errors. */
    public FileOutcome check(Path file) {
        return outcome(file, parser.parse(file));
    }

    static FileOutcome outcome(Path file, ParseResult result) {
        return result.reportIfValid()
                .map(report -> FileOutcome.profile(file, result.problems(), summary(report)))
                .orElseGet(() -> FileOutcome.refused(file, result.problems()));
    }

    static ReportSummary summary(Report report) {
        return new ReportSummary(report.id(), report.country(), report.profileType(), report.year(),
                report.lastUpdated(), report.sourceFile(), report.sections().size(), report.paragraphCount(),
                report.footnotes().size());
    }
}
