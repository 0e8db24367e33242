package org.fieldbook.cli;

import java.util.List;
import java.util.Locale;
import org.fieldbook.catalogue.LookupHit;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.Mention;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineAttribute;
import org.fieldbook.model.MineType;
import org.fieldbook.model.Snippet;
import org.fieldbook.model.SourcedValue;

/**
 * {@code mines --json}: one catalogue entry with its facts, their sources and its mentions.
 * Field names are a public interface; keep them stable. {@code match} is how NAME matched
 * (name, alias, prefix, word, near), or null when every entry is listed.
 */
record MineJson(String name, List<String> aliases, List<String> nicknames, String role, List<MechanismJson> mechanism,
                String selfDestruct, List<AttributeJson> attributes, String note, String match, int mentionCount,
                int reportCount, List<MentionJson> mentions) {

    record MechanismJson(String name, boolean unconfirmed) {
    }

    record AttributeJson(String kind, String label, boolean sourcesDiffer, List<ValueJson> values) {
    }

    record ValueJson(String value, boolean unconfirmed, List<SourceJson> sources) {
    }

    record SourceJson(String key, List<String> urls, String note) {
    }

    record MentionJson(String reportId, String country, String profile, int year, String kind, Integer section,
                       String sectionTitle, Integer footnote, String snippet, List<SearchHitJson.Highlight> highlights) {
    }

    static MineJson of(MineType entry, LookupHit hit, Catalogue catalogue, MentionCount count, List<Mention> mentions) {
        return new MineJson(entry.name(), entry.aliases(), entry.nicknames(), entry.role().label(),
                entry.mechanisms().stream().map(m -> new MechanismJson(m.name(), m.unconfirmed())).toList(),
                entry.selfDestruct().name().toLowerCase(Locale.ROOT),
                entry.attributes().stream().map(a -> attribute(a, catalogue)).toList(), entry.note(),
                hit == null ? null : hit.kind().name().toLowerCase(Locale.ROOT), count.passages(), count.reports(),
                mentions.stream().map(MineJson::mention).toList());
    }

    private static AttributeJson attribute(MineAttribute attribute, Catalogue catalogue) {
        return new AttributeJson(attribute.kind().key(), attribute.label(), attribute.sourcesDiffer(),
                attribute.values().stream().map(v -> value(v, catalogue)).toList());
    }

    private static ValueJson value(SourcedValue value, Catalogue catalogue) {
        return new ValueJson(value.text(), value.unconfirmed(), value.sources().stream()
                .map(key -> catalogue.source(key).map(s -> new SourceJson(key, s.urls(), s.note()))
                        .orElse(new SourceJson(key, List.of(), null)))
                .toList());
    }

    private static MentionJson mention(Mention mention) {
        Snippet snippet = Snippet.around(mention.text(), mention.ranges());
        return new MentionJson(mention.reportId().toString(), mention.country(), mention.profileType(), mention.year(),
                mention.kind().name().toLowerCase(Locale.ROOT), mention.sectionOrdinal(), mention.sectionTitle(),
                mention.footnoteNumber(), snippet.text(), snippet.highlights().stream()
                        .map(r -> new SearchHitJson.Highlight(r.start(), r.end())).toList());
    }
}
