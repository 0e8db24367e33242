package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.Section;

/** Rebuilds one report from its rows, inside a read transaction the caller holds. */
final class ReportReader {
    private static final String REPORT = """
            SELECT id, country, profile_type, year, last_updated, source_file, source_url, preamble_blocks
              FROM report WHERE key = ?""";
    private static final String SECTIONS =
            "SELECT ordinal, heading_block FROM section WHERE report_id = ? ORDER BY ordinal";
    private static final String BLOCKS = """
            SELECT ordinal, section_ordinal, kind, text, markers, line
              FROM block WHERE report_id = ? ORDER BY ordinal""";
    private static final String FOOTNOTES =
            "SELECT number, label, text, line FROM footnote WHERE report_id = ? ORDER BY ordinal";

    /** A section being rebuilt. */
    private static final class SectionRows {
        final int ordinal;
        final Integer headingBlock;
        Block heading;
        final List<Block> blocks = new ArrayList<>();

        SectionRows(int ordinal, Integer headingBlock) {
            this.ordinal = ordinal;
            this.headingBlock = headingBlock;
        }
    }

    private final Connection connection;

    ReportReader(Connection connection) {
        this.connection = connection;
    }

    Optional<Report> find(ReportId id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(REPORT)) {
            select.setString(1, id.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long reportRow = row.getLong("id");
                String lastUpdated = row.getString("last_updated");
                Map<Integer, SectionRows> sections = sections(reportRow);
                List<Block> preamble = new ArrayList<>();
                List<Block> trailer = new ArrayList<>();
                readBlocks(reportRow, row.getInt("preamble_blocks"), sections, preamble, trailer);
                List<Section> built = sections.values().stream()
                        .map(s -> new Section(s.ordinal, s.heading, s.blocks)).toList();
                return Optional.of(new Report(id, row.getString("country"), row.getString("profile_type"),
                        row.getInt("year"), lastUpdated == null ? null : LocalDate.parse(lastUpdated),
                        row.getString("source_file"), row.getString("source_url"), preamble, built,
                        footnotes(reportRow), trailer));
            }
        }
    }

    private Map<Integer, SectionRows> sections(long reportRow) throws SQLException {
        Map<Integer, SectionRows> sections = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SECTIONS)) {
            select.setLong(1, reportRow);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int ordinal = rows.getInt(1);
                    sections.put(ordinal, new SectionRows(ordinal, nullableInt(rows, 2)));
                }
            }
        }
        return sections;
    }

    private void readBlocks(long reportRow, int preambleBlocks, Map<Integer, SectionRows> sections,
                            List<Block> preamble, List<Block> trailer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BLOCKS)) {
            select.setLong(1, reportRow);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int ordinal = rows.getInt(1);
                    Integer sectionOrdinal = nullableInt(rows, 2);
                    Block block = new Block(BlockKind.valueOf(rows.getString(3)), rows.getString(4),
                            MarkerCodec.decode(rows.getString(5)), rows.getInt(6));
                    SectionRows section = sectionOrdinal == null ? null : sections.get(sectionOrdinal);
                    if (section == null) {
                        (ordinal < preambleBlocks ? preamble : trailer).add(block);
                    } else if (section.headingBlock != null && section.headingBlock == ordinal) {
                        section.heading = block;
                    } else {
                        section.blocks.add(block);
                    }
                }
            }
        }
    }

    private List<Footnote> footnotes(long reportRow) throws SQLException {
        List<Footnote> footnotes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(FOOTNOTES)) {
            select.setLong(1, reportRow);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    footnotes.add(new Footnote(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
                }
            }
        }
        return footnotes;
    }

    static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
