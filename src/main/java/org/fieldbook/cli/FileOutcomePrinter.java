package org.fieldbook.cli;

import java.io.PrintWriter;
import java.util.List;
import org.fieldbook.importer.FileOutcome;
import org.fieldbook.importer.Problem;
import org.fieldbook.importer.Severity;

/**
 * Prints what check and import found: each problem as {@code FILE:LINE: severity: message}
 * on standard output, and one summary line per file on standard error.
 */
final class FileOutcomePrinter {
    private final PrintWriter out;
    private final PrintWriter err;

    FileOutcomePrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * @param doneVerb   what happened to a good file ("imported")
     * @param refusedVerb what happened to a file with errors ("not imported")
     */
    void print(FileOutcome outcome, String doneVerb, String refusedVerb) {
        for (Problem problem : outcome.problems()) {
            out.println(problem);
        }
        String counts = counts(outcome);
        if (outcome.hasErrors()) {
            err.println(outcome.file() + ": " + refusedVerb + ": " + counts);
        } else {
            err.printf("%s: %s %s%s%n", outcome.file(), doneVerb, outcome.summary(),
                    counts.isEmpty() ? "" : ", " + counts);
        }
        out.flush();
        err.flush();
    }

    /** 1 if any file had errors, else 0. */
    static int exitStatus(List<FileOutcome> outcomes) {
        return outcomes.stream().anyMatch(FileOutcome::hasErrors) ? FieldbookCommand.EXIT_INPUT_ERRORS : 0;
    }

    private static String counts(FileOutcome outcome) {
        StringBuilder text = new StringBuilder();
        for (Severity severity : Severity.values()) {
            long n = outcome.count(severity);
            if (n > 0) {
                text.append(text.isEmpty() ? "" : ", ").append(n).append(' ').append(severity.label())
                    .append(n == 1 ? "" : "s");
            }
        }
        return text.toString();
    }
}
