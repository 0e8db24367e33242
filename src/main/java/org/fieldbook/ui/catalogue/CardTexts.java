package org.fieldbook.ui.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.CatalogueSource;
import org.fieldbook.model.Mechanism;
import org.fieldbook.model.MineAttribute;
import org.fieldbook.model.MineRole;
import org.fieldbook.model.MineType;
import org.fieldbook.model.SourcedValue;
import org.fieldbook.ui.common.Messages;

/** Catalogue entries in the window's words: table cells and the card. */
final class CardTexts {
    private final Messages messages;

    CardTexts(Messages messages) {
        this.messages = messages;
    }

    String role(MineRole role) {
        return messages.get("catalogue.role." + role.name().toLowerCase(java.util.Locale.ROOT));
    }

    String mechanisms(MineType entry) {
        if (entry.mechanisms().isEmpty()) {
            return messages.get("catalogue.none");
        }
        return entry.mechanisms().stream().map(this::mechanism).collect(Collectors.joining(", "));
    }

    private String mechanism(Mechanism mechanism) {
        return mechanism.unconfirmed() ? messages.get("catalogue.unconfirmedMark", mechanism.name()) : mechanism.name();
    }

    String selfDestruct(MineType entry) {
        String answer = messages.get("catalogue.selfDestruct." + entry.selfDestruct().name().toLowerCase(java.util.Locale.ROOT));
        boolean unconfirmed = entry.selfDestruct() != MineType.SelfDestruct.UNKNOWN && entry.selfDestructUnconfirmed();
        return unconfirmed ? messages.get("catalogue.unconfirmedMark", answer) : answer;
    }

    /** The card of an entry, citing the catalogue's sources. */
    MineCard card(MineType entry, Catalogue catalogue) {
        List<MineCard.Fact> facts = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (MineAttribute attribute : entry.attributes()) {
            List<MineCard.Value> values = new ArrayList<>();
            for (SourcedValue value : attribute.values()) {
                values.add(value(value));
                cited.addAll(value.sources());
            }
            facts.add(new MineCard.Fact(label(attribute), attribute.sourcesDiffer(), values));
        }
        List<MineCard.Source> sources = new ArrayList<>();
        for (String key : cited) {
            sources.add(new MineCard.Source(key, catalogue.source(key).map(this::source).orElse("")));
        }
        String subtitle = messages.get("catalogue.card.subtitle", role(entry.role()), mechanisms(entry));
        return new MineCard(entry.name(), subtitle, String.join(" · ", entry.aliases()),
                entry.nicknames().stream().map(n -> "“" + n + "”").collect(Collectors.joining(", ")), facts,
                entry.note() == null ? "" : entry.note(), sources);
    }

    private String label(MineAttribute attribute) {
        if (attribute.label() != null) {
            String label = attribute.label();
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
        return messages.get("catalogue.attribute." + attribute.kind().key());
    }

    private MineCard.Value value(SourcedValue value) {
        String sources;
        if (value.sources().isEmpty()) {
            sources = messages.get("catalogue.notConfirmed");
        } else {
            sources = "[" + String.join(", ", value.sources()) + "]"
                    + (value.unconfirmed() ? " " + messages.get("catalogue.unconfirmed") : "");
        }
        return new MineCard.Value(value.text(), sources, value.unconfirmed());
    }

    private String source(CatalogueSource source) {
        String urls = String.join("  ", source.urls());
        return source.note() == null ? urls : urls.isEmpty() ? source.note() : urls + " — " + source.note();
    }
}
