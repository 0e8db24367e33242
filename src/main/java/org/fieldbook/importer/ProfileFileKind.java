package org.fieldbook.importer;

import org.fieldbook.model.Report;
import org.fieldbook.model.ReportSummary;
import org.fieldbook.storage.ReportRepository;

/** Profile texts: the kind every file falls back to. Re-importing a report replaces it. */
public final class ProfileFileKind implements LibraryFileKind {
    private final ProfileParser parser;
    private final ReportRepository reports;

    /** @param reports where {@link #store} writes; may be null for a check-only importer */
    public ProfileFileKind(ProfileParser parser, ReportRepository reports) {
        this.parser = parser;
        this.reports = reports;
    }

    @Override
    public boolean reads(InputFile input) {
        return true;
    }

    @Override
    public FileOutcome check(InputFile input) {
        return outcome(input, parse(input));
    }

    @Override
    public FileOutcome store(InputFile input) {
        ParseResult result = parse(input);
        if (!result.hasErrors()) {
            if (reports == null) {
                throw new IllegalStateException("this importer only checks files");
            }
            reports.replace(result.report());
        }
        return outcome(input, result);
    }

    private ParseResult parse(InputFile input) {
        return ProfileParser.namedAs(input.file().toString(), parser.parse(input.name(), input.content()));
    }

    private static FileOutcome outcome(InputFile input, ParseResult result) {
        return result.reportIfValid()
                .map(report -> FileOutcome.profile(input.file(), result.problems(), summary(report)))
                .orElseGet(() -> FileOutcome.refused(input.file(), result.problems()));
    }

    static ReportSummary summary(Report report) {
        return new ReportSummary(report.id(), report.country(), report.profileType(), report.year(),
                report.lastUpdated(), report.sourceFile(), report.sections().size(), report.paragraphCount(),
                report.footnotes().size());
    }
}
