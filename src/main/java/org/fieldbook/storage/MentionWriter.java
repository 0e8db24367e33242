package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.fieldbook.model.NameMatch;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.PassageMention;

/** Writes mention rows, inside a transaction the caller holds. */
final class MentionWriter {
    private static final String INSERT_FOR_BLOCK = """
            INSERT INTO mention (mine_type_id, report_id, passage_id, ranges)
            SELECT m.id, b.report_id, b.id, ? FROM mine_type m JOIN block b ON b.report_id = ? AND b.ordinal = ?
             WHERE m.name = ?""";
    private static final String INSERT_FOR_FOOTNOTE = """
            INSERT INTO mention (mine_type_id, report_id, passage_id, ranges)
            SELECT m.id, f.report_id, f.id, ? FROM mine_type m JOIN footnote f ON f.report_id = ? AND f.ordinal = ?
             WHERE m.name = ?""";
    private static final String INSERT = "INSERT INTO mention (mine_type_id, report_id, passage_id, ranges) VALUES (?, ?, ?, ?)";
    // Every searchable passage of the library, read as a stream (never all at once).
    private static final String PASSAGES = """
            SELECT id, report_id, text FROM block WHERE kind IN ('HEADING', 'PARAGRAPH')
            UNION ALL
            SELECT id, report_id, text FROM footnote""";
    private static final int BATCH = 1_000;

    private final Connection connection;

    MentionWriter(Connection connection) {
        this.connection = connection;
    }

    /** Stores the mentions found in a report just inserted as row {@code reportRow}; unknown names are skipped. */
    void insertForReport(long reportRow, List<PassageMention> mentions) throws SQLException {
        if (mentions.isEmpty()) {
            return;
        }
        try (PreparedStatement blocks = connection.prepareStatement(INSERT_FOR_BLOCK);
             PreparedStatement footnotes = connection.prepareStatement(INSERT_FOR_FOOTNOTE)) {
            for (PassageMention mention : mentions) {
                PreparedStatement insert = mention.kind() == PassageKind.FOOTNOTE ? footnotes : blocks;
                insert.setString(1, RangeCodec.encode(mention.match().ranges()));
                insert.setLong(2, reportRow);
                insert.setInt(3, mention.ordinal());
                insert.setString(4, mention.match().mineType());
                insert.executeUpdate();
            }
        }
    }

    /**
     * Finds and stores the mentions in every passage of the library, reading passages one at
     * a time and writing in batches.
     *
     * @param ids the row id of each catalogue entry, by canonical name
     * @return how many mention rows were written
     */
    long recomputeAll(PassageScanner scanner, Map<String, Long> ids) throws SQLException {
        long written = 0;
        int pending = 0;
        try (PreparedStatement select = connection.prepareStatement(PASSAGES);
             PreparedStatement insert = connection.prepareStatement(INSERT);
             ResultSet passages = select.executeQuery()) {
            while (passages.next()) {
                for (NameMatch match : scanner.scan(passages.getString(3))) {
                    Long mineType = ids.get(match.mineType());
                    if (mineType == null) {
                        continue;
                    }
                    insert.setLong(1, mineType);
                    insert.setLong(2, passages.getLong(2));
                    insert.setLong(3, passages.getLong(1));
                    insert.setString(4, RangeCodec.encode(match.ranges()));
                    insert.addBatch();
                    written++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        return written;
    }
}
