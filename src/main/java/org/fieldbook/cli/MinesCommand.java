package org.fieldbook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fieldbook.catalogue.CatalogueService;
import org.fieldbook.catalogue.LookupHit;
import org.fieldbook.catalogue.MatchKind;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fieldbook mines [NAME] [--json]}: the mine-type catalogue, or the entries matching a name. */
@Command(name = "mines", mixinStandardHelpOptions = true, description = {
        "The mine-type catalogue: every entry, or the entries matching NAME,",
        "best first. NAME may be written any way (pmn2, PMN 2, ПМН-2), be an alias",
        "or nickname (Medallion, butterfly), the start of a name or a word of a",
        "longer one; one typo is tolerated when nothing else matches. With NAME,",
        "each entry is printed with its facts, their sources and its mentions.",
        "Exits 1 when no entry matches NAME (as grep does when it finds nothing)."})
final class MinesCommand implements Callable<Integer> {
    /** Mentions read per entry for JSON (all of them in any real library). */
    static final int ALL_MENTIONS = 1_000_000;

    @ParentCommand
    private FieldbookCommand parent;

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "A mine name, alias or nickname.")
    private List<String> name;

    @Option(names = "--json", description = "Print JSON: facts with sources and every mention.")
    private boolean json;

    @Override
    public Integer call() {
        CatalogueService catalogue = parent.context().catalogueService();
        Catalogue current = catalogue.catalogue();
        Map<String, MentionCount> counts = catalogue.mentionCounts();
        PrintWriter out = parent.out();
        if (name == null || name.isEmpty()) {
            return listAll(catalogue, current, counts, out);
        }
        String query = String.join(" ", name);
        List<LookupHit> hits = catalogue.lookup(query);
        if (hits.isEmpty()) {
            if (json) {
                Json.print(out, List.of());
            }
            parent.err().println("No mine type matches '" + query + "'.");
            parent.err().flush();
            return FieldbookCommand.EXIT_INPUT_ERRORS;
        }
        if (hits.get(0).kind() == MatchKind.NEAR) {
            parent.err().println("No mine type is called '" + query + "'; one typo away: "
                    + hits.stream().map(h -> h.entry().name()).collect(Collectors.joining(", ")));
            parent.err().flush();
        }
        if (json) {
            List<MineJson> entries = new ArrayList<>();
            for (LookupHit hit : hits) {
                entries.add(MineJson.of(hit.entry(), hit, current, count(counts, hit.entry()),
                        catalogue.mentions(hit.entry().name(), ALL_MENTIONS)));
            }
            Json.print(out, entries);
            return 0;
        }
        MineCardText cards = new MineCardText(out, current);
        for (LookupHit hit : hits) {
            cards.print(hit.entry(), count(counts, hit.entry()),
                    catalogue.mentions(hit.entry().name(), MineCardText.MENTIONS_SHOWN));
        }
        out.println(MineCardText.NOTICE);
        out.flush();
        return 0;
    }

    private int listAll(CatalogueService catalogue, Catalogue current, Map<String, MentionCount> counts, PrintWriter out) {
        if (json) {
            Json.print(out, current.entries().stream().map(e -> MineJson.of(e, null, current, count(counts, e),
                    catalogue.mentions(e.name(), ALL_MENTIONS))).toList());
            return 0;
        }
        if (current.entries().isEmpty()) {
            out.println("The catalogue is empty. Import a catalogue file with: fieldbook import FILE.json");
            out.flush();
            return 0;
        }
        MineTable.print(out, current.entries(), counts);
        out.println();
        out.println(MineCardText.NOTICE);
        out.flush();
        return 0;
    }

    private static MentionCount count(Map<String, MentionCount> counts, MineType entry) {
        return counts.getOrDefault(entry.name(), MentionCount.NONE);
    }
}
