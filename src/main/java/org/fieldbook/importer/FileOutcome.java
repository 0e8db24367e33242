package org.fieldbook.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fieldbook.model.ReportSummary;

/**
 * What checking or importing one file gave: its problems, and the report it holds (for
 * {@code import}: the report now stored) when it has no errors.
 */
public record FileOutcome(Path file, List<Problem> problems, ReportSummary report) {
    public FileOutcome {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return report == null;
    }

    public Optional<ReportSummary> reportIfImported() {
        return Optional.ofNullable(report);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
