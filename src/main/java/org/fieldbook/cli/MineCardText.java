package org.fieldbook.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldbook.model.AttributeKind;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.Mention;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineAttribute;
import org.fieldbook.model.MineType;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.Snippet;
import org.fieldbook.model.SourcedValue;

/** {@code mines NAME}: an entry as text, the way its card in the window reads. */
final class MineCardText {
    static final String NOTICE = "Reference values from public sources, not identification or render-safe guidance; "
            + "CORD and IMAS are the authorities.";
    /** Mentions printed per entry; --json gives them all. */
    static final int MENTIONS_SHOWN = 20;

    private final PrintWriter out;
    private final Catalogue catalogue;

    MineCardText(PrintWriter out, Catalogue catalogue) {
        this.out = out;
        this.catalogue = catalogue;
    }

    void print(MineType entry, MentionCount count, List<Mention> mentions) {
        String mechanism = entry.mechanisms().stream()
                .map(m -> m.name() + (m.unconfirmed() ? " (not confirmed by any source)" : ""))
                .collect(Collectors.joining(", "));
        out.println(entry.name() + "  (" + entry.role().label() + (mechanism.isEmpty() ? "" : "; " + mechanism) + ")");
        if (!entry.aliases().isEmpty()) {
            out.println("  Also written: " + String.join(", ", entry.aliases()));
        }
        if (!entry.nicknames().isEmpty()) {
            out.println("  Nicknames:    " + entry.nicknames().stream().map(n -> "“" + n + "”")
                    .collect(Collectors.joining(", ")));
        }
        Set<String> cited = new LinkedHashSet<>();
        for (MineAttribute attribute : entry.attributes()) {
            String label = attribute.label() != null ? attribute.label() : label(attribute.kind());
            out.println("  " + capitalised(label) + (attribute.sourcesDiffer() ? " (sources differ)" : "") + ":");
            for (SourcedValue value : attribute.values()) {
                out.println("    " + value.text() + sources(value));
                cited.addAll(value.sources());
            }
        }
        if (entry.note() != null) {
            out.println("  Note: " + entry.note());
        }
        printMentions(count, mentions);
        if (!cited.isEmpty()) {
            out.println("  Sources:");
            for (String key : cited) {
                out.println("    " + key + "  " + catalogue.source(key).map(s -> String.join(" ", s.urls())).orElse(""));
            }
        }
        out.println();
    }

    private void printMentions(MentionCount count, List<Mention> mentions) {
        if (count.passages() == 0) {
            out.println("  Mentioned nowhere in the library.");
            return;
        }
        out.printf(Locale.ROOT, "  Mentioned in %d passage%s of %d report%s:%n", count.passages(),
                count.passages() == 1 ? "" : "s", count.reports(), count.reports() == 1 ? "" : "s");
        for (Mention mention : mentions.subList(0, Math.min(MENTIONS_SHOWN, mentions.size()))) {
            String where = mention.kind() == PassageKind.FOOTNOTE ? "footnote [" + mention.footnoteNumber() + "]"
                    : mention.sectionTitle() == null ? "(untitled section)" : mention.sectionTitle();
            Snippet snippet = Snippet.around(mention.text(), mention.ranges());
            out.println("    " + mention.reportId() + "  " + where);
            out.println("      " + marked(snippet));
        }
        if (count.passages() > MENTIONS_SHOWN) {
            out.println("    … and " + (count.passages() - MENTIONS_SHOWN) + " more (--json lists them all)");
        }
    }

    private static String sources(SourcedValue value) {
        if (value.unconfirmed() && value.sources().isEmpty()) {
            return "  (not confirmed by any source)";
        }
        return "  [" + String.join(", ", value.sources()) + "]" + (value.unconfirmed() ? " (unconfirmed)" : "");
    }

    private static String marked(Snippet snippet) {
        StringBuilder text = new StringBuilder();
        int from = 0;
        for (var range : snippet.highlights()) {
            text.append(snippet.text(), from, range.start()).append("**")
                .append(snippet.text(), range.start(), range.end()).append("**");
            from = range.end();
        }
        return text.append(snippet.text().substring(from)).toString();
    }

    private static String label(AttributeKind kind) {
        return switch (kind) {
            case FUZE -> "fuze / initiation";
            case SELF_DESTRUCT -> "self-destruct";
            default -> kind.key();
        };
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
