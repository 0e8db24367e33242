package org.fieldbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fieldbook search QUERY}: full-text search over headings, paragraphs and footnotes. */
@Command(name = "search", description = {"Full-text search over headings, paragraphs and footnotes.",
        "Words must all match; \"quoted words\" match as a phrase; word* matches a prefix.",
        "Matches are marked **like this** in the snippet."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    private FieldbookCommand parent;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    private List<String> query;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N passages (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--report", paramLabel = "ID", converter = ReportIdConverter.class,
            description = "Only this report.")
    private ReportId report;

    @Override
    public Integer call() {
        String text = String.join(" ", query);
        List<SearchHit> hits = parent.context().searchService().search(text, Math.max(1, limit), report);
        PrintWriter out = parent.out();
        if (json) {
            Json.print(out, hits.stream().map(SearchHitJson::of).toList());
            return 0;
        }
        if (hits.isEmpty()) {
            out.println("No passages match '" + text + "'. Try fewer words, or a prefix such as stockpil*.");
        }
        for (SearchHit hit : hits) {
            out.println(hit.reportId() + "  " + place(hit));
            out.println("    " + hit.markedSnippet("**", "**").replace('\n', ' '));
        }
        out.flush();
        return 0;
    }

    private static String place(SearchHit hit) {
        if (hit.kind() == PassageKind.FOOTNOTE) {
            return "footnote [" + hit.footnoteNumber() + "]";
        }
        String section = hit.sectionTitle() == null ? "(untitled section)" : hit.sectionTitle();
        return hit.kind() == PassageKind.HEADING ? section + " (heading)" : section;
    }
}
