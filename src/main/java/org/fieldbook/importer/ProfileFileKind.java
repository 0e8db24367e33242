package org.fieldbook.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportSummary;
import org.fieldbook.storage.ReportRepository;
import org.fieldbook.storage.StaleCatalogueException;

/**
 * Profile texts: the kind every file falls back to. Re-importing a report replaces it. The
 * catalogue's mentions are stored with the report, in its transaction; designations the
 * catalogue does not know are reported as information.
 */
public final class ProfileFileKind implements LibraryFileKind {
    /** Tries to store a report when another Fieldbook keeps replacing the catalogue meanwhile. */
    private static final int STORE_ATTEMPTS = 3;

    private final ProfileParser parser;
    private final ReportRepository reports;
    private final MentionScanner catalogue;

    /**
     * @param reports   where {@link #store} writes; may be null for a check-only importer
     * @param catalogue finds mentions and unknown designations ({@link MentionScanner#NONE}: none)
     */
    public ProfileFileKind(ProfileParser parser, ReportRepository reports, MentionScanner catalogue) {
        this.parser = parser;
        this.reports = reports;
        this.catalogue = catalogue;
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
            storeWithMentions(result.report());
        }
        return outcome(input, result);
    }

    private void storeWithMentions(Report report) {
        for (int attempt = 1; ; attempt++) {
            try {
                reports.replace(report, catalogue.mentionsIn(report));
                return;
            } catch (StaleCatalogueException e) {
                if (attempt == STORE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ParseResult parse(InputFile input) {
        String file = input.file().toString();
        ParseResult parsed = ProfileParser.namedAs(file, parser.parse(input.name(), input.content()));
        if (parsed.report() == null) {
            return parsed;
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(catalogue.unknownDesignations(parsed.report(), file));
        problems.sort(Comparator.comparingInt(Problem::line));
        return new ParseResult(parsed.report(), problems);
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
