package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.Section;

/** Writes and removes one report's rows, inside a transaction the caller holds. */
final class ReportWriter {
    private static final String INSERT_REPORT = """
            INSERT INTO report (key, country, profile_type, year, last_updated, source_file, source_url,
                                preamble_blocks, section_count, paragraph_count, footnote_count, imported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SECTION =
            "INSERT INTO section (report_id, ordinal, heading_block) VALUES (?, ?, ?)";
    private static final String INSERT_BLOCK = """
            INSERT INTO block (report_id, ordinal, section_ordinal, kind, text, markers, line)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    // footnote ids count down from -1 (see V001__library.sql)
    private static final String INSERT_FOOTNOTE = """
            INSERT INTO footnote (id, report_id, ordinal, number, label, text, line)
            VALUES ((SELECT min(coalesce(min(id), 0), 0) - 1 FROM footnote), ?, ?, ?, ?, ?, ?)""";

    private final Connection connection;

    ReportWriter(Connection connection) {
        this.connection = connection;
    }

    /** Removes the report and, through ON DELETE CASCADE, everything it holds. */
    boolean delete(ReportId id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM report WHERE key = ?")) {
            delete.setString(1, id.toString());
            return delete.executeUpdate() > 0;
        }
    }

    /** Inserts the report; its id must not be stored already. Returns its row id. */
    long insert(Report report) throws SQLException {
        long reportRow = insertReport(report);
        try (PreparedStatement sections = connection.prepareStatement(INSERT_SECTION);
             PreparedStatement blocks = connection.prepareStatement(INSERT_BLOCK)) {
            int ordinal = insertBlocks(blocks, reportRow, 0, null, report.preamble());
            for (Section section : report.sections()) {
                sections.setLong(1, reportRow);
                sections.setInt(2, section.ordinal());
                setInteger(sections, 3, section.heading() == null ? null : ordinal);
                sections.executeUpdate();
                if (section.heading() != null) {
                    ordinal = insertBlocks(blocks, reportRow, ordinal, section.ordinal(), List.of(section.heading()));
                }
                ordinal = insertBlocks(blocks, reportRow, ordinal, section.ordinal(), section.blocks());
            }
            insertBlocks(blocks, reportRow, ordinal, null, report.trailer());
        }
        insertFootnotes(reportRow, report.footnotes());
        return reportRow;
    }

    private long insertReport(Report report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REPORT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, report.id().toString());
            insert.setString(2, report.country());
            insert.setString(3, report.profileType());
            insert.setInt(4, report.year());
            insert.setString(5, report.lastUpdated() == null ? null : report.lastUpdated().toString());
            insert.setString(6, report.sourceFile());
            insert.setString(7, report.sourceUrl());
            insert.setInt(8, report.preamble().size());
            insert.setInt(9, report.sections().size());
            insert.setInt(10, report.paragraphCount());
            insert.setInt(11, report.footnotes().size());
            insert.setString(12, Instant.now().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no row id for the new report");
                }
                return keys.getLong(1);
            }
        }
    }

    /** Inserts blocks from {@code ordinal} on; returns the next free ordinal. */
    private static int insertBlocks(PreparedStatement insert, long reportRow, int ordinal, Integer sectionOrdinal,
                                    List<Block> blocks) throws SQLException {
        int next = ordinal;
        for (Block block : blocks) {
            insert.setLong(1, reportRow);
            insert.setInt(2, next++);
            setInteger(insert, 3, sectionOrdinal);
            insert.setString(4, block.kind().name());
            insert.setString(5, block.text());
            insert.setString(6, MarkerCodec.encode(block.markers()));
            insert.setInt(7, block.line());
            insert.executeUpdate();
        }
        return next;
    }

    private void insertFootnotes(long reportRow, List<Footnote> footnotes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FOOTNOTE)) {
            int ordinal = 0;
            for (Footnote footnote : footnotes) {
                insert.setLong(1, reportRow);
                insert.setInt(2, ordinal++);
                insert.setInt(3, footnote.number());
                insert.setString(4, footnote.label());
                insert.setString(5, footnote.text());
                insert.setInt(6, footnote.line());
                insert.executeUpdate();
            }
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
