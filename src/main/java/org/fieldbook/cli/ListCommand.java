package org.fieldbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldbook.model.ReportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code fieldbook list [--json]}: the reports in the library. */
@Command(name = "list", description = "List the reports: id, country, profile, year, last updated, counts.")
final class ListCommand implements Callable<Integer> {
    private static final String ROW = "%-48s %-22s %-28s %4s  %-10s %8s %10s %9s%n";

    @ParentCommand
    private FieldbookCommand parent;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Override
    public Integer call() {
        List<ReportSummary> reports = parent.context().libraryService().list();
        PrintWriter out = parent.out();
        if (json) {
            Json.print(out, reports.stream().map(ReportJson::of).toList());
            return 0;
        }
        if (reports.isEmpty()) {
            out.println("The library is empty. Add profiles with: fieldbook import FILE...");
            return 0;
        }
        out.printf(ROW, "ID", "COUNTRY", "PROFILE", "YEAR", "UPDATED", "SECTIONS", "PARAGRAPHS", "FOOTNOTES");
        for (ReportSummary r : reports) {
            out.printf(ROW, r.id(), r.country(), r.profileType(), r.year(),
                    r.lastUpdated() == null ? "-" : r.lastUpdated(), r.sections(), r.paragraphs(), r.footnotes());
        }
        out.flush();
        return 0;
    }
}
