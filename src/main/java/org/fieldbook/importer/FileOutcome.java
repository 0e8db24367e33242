package org.fieldbook.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fieldbook.model.ReportSummary;

/**
 * What checking or importing one file gave: its problems and, when it has no errors, a
 * one-line description of what it holds (for {@code import}: what is now stored), and the
 * report when the file is a profile.
 *
 * @param summary what the file holds, e.g. "russian-federation/mine-ban-policy/2021 (5 sections, ...)";
 *                null when the file has errors
 * @param report  the profile's report, or null (errors, or a file that is not a profile)
 */
public record FileOutcome(Path file, List<Problem> problems, String summary, ReportSummary report) {
    public FileOutcome {
        problems = List.copyOf(problems);
    }

    /** A file whose errors kept it out of the library. */
    public static FileOutcome refused(Path file, List<Problem> problems) {
        return new FileOutcome(file, problems, null, null);
    }

    /** A profile that checked out (or was imported). */
    public static FileOutcome profile(Path file, List<Problem> problems, ReportSummary report) {
        return new FileOutcome(file, problems, String.format("%s (%d sections, %d paragraphs, %d footnotes)", report.id(),
                report.sections(), report.paragraphs(), report.footnotes()), report);
    }

    public boolean hasErrors() {
        return summary == null;
    }

    public Optional<ReportSummary> reportIfImported() {
        return Optional.ofNullable(report);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
