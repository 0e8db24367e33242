package org.fieldbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineType;

/** {@code mines}: the catalogue as a table, one line per entry. */
final class MineTable {
    private static final String ROW = "%-16s %-16s %-34s %-13s %8s %7s%n";

    private MineTable() {
    }

    static void print(PrintWriter out, List<MineType> entries, Map<String, MentionCount> counts) {
        out.printf(ROW, "NAME", "ROLE", "MECHANISM", "SELF-DESTRUCT", "MENTIONS", "REPORTS");
        for (MineType entry : entries) {
            MentionCount count = counts.getOrDefault(entry.name(), MentionCount.NONE);
            out.printf(ROW, entry.name(), entry.role().label(), mechanism(entry), selfDestruct(entry), count.passages(),
                    count.reports());
        }
    }

    static String mechanism(MineType entry) {
        if (entry.mechanisms().isEmpty()) {
            return "-";
        }
        return entry.mechanisms().stream().map(m -> m.name() + (m.unconfirmed() ? "?" : ""))
                .collect(Collectors.joining(", "));
    }

    static String selfDestruct(MineType entry) {
        String answer = switch (entry.selfDestruct()) {
            case YES -> "yes";
            case NO -> "no";
            case UNKNOWN -> "-";
        };
        return entry.selfDestructUnconfirmed() && entry.selfDestruct() != MineType.SelfDestruct.UNKNOWN
                ? answer + "?" : answer;
    }
}
