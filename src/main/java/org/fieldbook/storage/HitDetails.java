package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.model.SearchHit;

/**
 * Search hits for passages already ranked in Java ({@link RecentRanking}): where each one is
 * (report, section, footnote) from plain lookups by id, its snippet from its marked text.
 * The ids and scores go to SQLite as one JSON array, so the statement is always the same.
 */
final class HitDetails {
    private static final String DETAILS = """
            WITH hit(id, score) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?1))
            SELECT hit.score, NULL, r.key, r.country, r.profile_type, r.year,
                   b.kind, b.ordinal, b.section_ordinal, f.ordinal, f.number, h.text, h.markers, hit.id
              FROM hit
              LEFT JOIN block b ON b.id = hit.id
              LEFT JOIN footnote f ON f.id = hit.id
              JOIN report r ON r.id = coalesce(b.report_id, f.report_id)
              LEFT JOIN section s ON s.report_id = b.report_id AND s.ordinal = b.section_ordinal
              LEFT JOIN block h ON h.report_id = s.report_id AND h.ordinal = s.heading_block
             ORDER BY hit.score DESC, hit.id""";

    private HitDetails() {
    }

    /** The hits for {@code ranked}, in its order, with snippets of about {@code snippetTokens} tokens. */
    static List<SearchHit> of(Connection connection, List<RecentRanking.Ranked> ranked, int snippetTokens)
            throws SQLException {
        if (ranked.isEmpty()) {
            return List.of();
        }
        StringBuilder json = new StringBuilder(ranked.size() * 24).append('[');
        Map<Long, String> snippets = new HashMap<>();
        for (RecentRanking.Ranked hit : ranked) {
            json.append(json.length() > 1 ? "," : "").append('[').append(hit.id()).append(',').append(hit.score())
                    .append(']');
            snippets.put(hit.id(), hit.text().snippet(snippetTokens));
        }
        json.append(']');
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        try (PreparedStatement select = connection.prepareStatement(DETAILS)) {
            select.setString(1, json.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hits.add(PassageSearchRepository.hit(rows, snippets.get(rows.getLong(14))));
                }
            }
        }
        return hits;
    }
}
