package org.fieldbook.cli;

import java.util.List;
import org.fieldbook.model.SearchHit;

/** {@code search --json}: one passage found. Field names are a public interface; keep them stable. */
record SearchHitJson(String reportId, String country, String profile, int year, String kind, Integer section,
                     String sectionTitle, Integer footnote, String snippet, List<Highlight> highlights,
                     double score) {

    record Highlight(int start, int end) {
    }

    static SearchHitJson of(SearchHit hit) {
        return new SearchHitJson(hit.reportId().toString(), hit.country(), hit.profileType(), hit.year(),
                hit.kind().name().toLowerCase(java.util.Locale.ROOT), hit.sectionOrdinal(), hit.sectionTitle(),
                hit.footnoteNumber(), hit.snippet(),
                hit.highlights().stream().map(r -> new Highlight(r.start(), r.end())).toList(), hit.score());
    }
}
