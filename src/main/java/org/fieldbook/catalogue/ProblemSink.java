package org.fieldbook.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldbook.importer.Problem;
import org.fieldbook.importer.Severity;

/** Collects the problems found in one catalogue file. */
final class ProblemSink {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    ProblemSink(String file) {
        this.file = file;
    }

    void error(int line, String message) {
        problems.add(Problem.error(file, line, message));
    }

    void warning(int line, String message) {
        problems.add(Problem.warning(file, line, message));
    }

    boolean hasErrors() {
        return errorCount() > 0;
    }

    int errorCount() {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /** The problems in line order (errors first on a line). */
    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparing(p -> p.severity() != Severity.ERROR));
        return out;
    }
}
