package org.fieldbook.importer;

import java.util.List;
import java.util.Optional;
import org.fieldbook.model.Report;

/**
 * What reading one profile gave: the report (absent when an error made it unreadable) and
 * every problem found, in line order. A result with any error must not be imported.
 */
public record ParseResult(Report report, List<Problem> problems) {
    public ParseResult {
        problems = List.copyOf(problems);
    }

    public Optional<Report> reportIfValid() {
        return hasErrors() ? Optional.empty() : Optional.ofNullable(report);
    }

    public boolean hasErrors() {
        return report == null || problems.stream().anyMatch(Problem::isError);
    }
}
