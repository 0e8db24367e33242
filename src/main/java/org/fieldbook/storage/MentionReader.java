package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.model.Markers;
import org.fieldbook.model.Mention;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.PassageKind;

/** Reads mention rows, inside a read transaction the caller holds. */
final class MentionReader {
    // Reports in list order; in a report, blocks in order, then footnotes in order.
    private static final String OF_MINE_TYPE = """
            SELECT r.key, r.country, r.profile_type, r.year, mt.ranges,
                   b.kind, b.ordinal, b.section_ordinal, b.text, f.ordinal, f.number, f.text, h.text, h.markers
              FROM mine_type m
              JOIN mention mt ON mt.mine_type_id = m.id
              JOIN report r ON r.id = mt.report_id
              LEFT JOIN block b ON b.id = mt.passage_id AND mt.passage_id > 0
              LEFT JOIN footnote f ON f.id = mt.passage_id AND mt.passage_id < 0
              LEFT JOIN section s ON s.report_id = b.report_id AND s.ordinal = b.section_ordinal
              LEFT JOIN block h ON h.report_id = s.report_id AND h.ordinal = s.heading_block
             WHERE m.name = ?
             ORDER BY r.country, r.profile_type, r.year DESC, r.key, b.id IS NULL, coalesce(b.ordinal, f.ordinal)
             LIMIT ?""";
    private static final String COUNTS = """
            SELECT m.name, count(*), count(DISTINCT mt.report_id)
              FROM mine_type m JOIN mention mt ON mt.mine_type_id = m.id
             GROUP BY m.id""";

    private final Connection connection;

    MentionReader(Connection connection) {
        this.connection = connection;
    }

    List<Mention> of(String mineType, int limit) throws SQLException {
        List<Mention> mentions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(OF_MINE_TYPE)) {
            select.setString(1, mineType);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mentions.add(mention(mineType, rows));
                }
            }
        }
        return mentions;
    }

    Map<String, MentionCount> counts() throws SQLException {
        Map<String, MentionCount> counts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(COUNTS);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), new MentionCount(rows.getInt(2), rows.getInt(3)));
            }
        }
        return counts;
    }

    private static Mention mention(String mineType, ResultSet rows) throws SQLException {
        String blockKind = rows.getString(6);
        if (blockKind == null) {
            return new Mention(mineType, StoredIds.reportId(rows.getString(1)), rows.getString(2), rows.getString(3),
                    rows.getInt(4), PassageKind.FOOTNOTE, null, null, rows.getInt(10), rows.getInt(11),
                    rows.getString(12), RangeCodec.decode(rows.getString(5)));
        }
        String heading = rows.getString(13);
        String title = heading == null ? null : Markers.strip(heading, MarkerCodec.decode(rows.getString(14)));
        PassageKind kind = "HEADING".equals(blockKind) ? PassageKind.HEADING : PassageKind.PARAGRAPH;
        return new Mention(mineType, StoredIds.reportId(rows.getString(1)), rows.getString(2), rows.getString(3),
                rows.getInt(4), kind, ReportReader.nullableInt(rows, 8), title, rows.getInt(7), null,
                rows.getString(9), RangeCodec.decode(rows.getString(5)));
    }
}
