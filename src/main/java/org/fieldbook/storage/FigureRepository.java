package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureKind;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.Measure;
import org.fieldbook.model.MineScope;
import org.fieldbook.model.Period;
import org.fieldbook.model.Qualifier;
import org.fieldbook.model.ReportId;

/** The curated figures of the library's reports, kept per report and in file order. */
public final class FigureRepository {
    private static final String INSERT = """
            INSERT INTO figure (report_key, ordinal, measure, mines, place, period, value, qualifier, kind,
                                footnote, sentence, derivation, source_file, line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SELECT = """
            SELECT measure, mines, place, period, value, qualifier, kind, footnote, sentence, derivation
              FROM figure WHERE report_key = ? ORDER BY ordinal""";

    /** A figure and the line of its file where it is written. */
    public record Located(Figure figure, int line) {
    }

    private final Database db;

    public FigureRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Replaces all figures of {@code report} with {@code figures}, in one transaction: all of
     * them are stored, or, when that fails, the report keeps its old figures.
     *
     * @param sourceFile the file they come from, kept with them
     * @throws StorageException when the library cannot be written
     */
    public void replace(ReportId report, List<Located> figures, String sourceFile) {
        db.inTransaction("store the figures of " + report, connection -> {
            delete(connection, report);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int ordinal = 0;
                for (Located located : figures) {
                    bind(insert, located.figure(), ordinal++, sourceFile, located.line());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * The curated figures of a report, in the order of their file; empty when it has none.
     *
     * @throws StorageException when the library cannot be read or holds damaged rows
     */
    public List<Figure> find(ReportId report) {
        return db.readStored("read the figures of " + report, connection -> select(connection, report));
    }

    private static void delete(Connection connection, ReportId report) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM figure WHERE report_key = ?")) {
            delete.setString(1, report.toString());
            delete.executeUpdate();
        }
    }

    private static void bind(PreparedStatement insert, Figure figure, int ordinal, String sourceFile, int line)
            throws SQLException {
        insert.setString(1, figure.report().toString());
        insert.setInt(2, ordinal);
        insert.setString(3, figure.measure().code());
        insert.setString(4, figure.mines().code());
        insert.setString(5, figure.place());
        insert.setString(6, figure.period() == null ? null : figure.period().code());
        insert.setLong(7, figure.value());
        insert.setString(8, figure.qualifier().code());
        insert.setString(9, figure.kind().code());
        if (figure.footnote() == null) {
            insert.setNull(10, Types.INTEGER);
        } else {
            insert.setInt(10, figure.footnote());
        }
        insert.setString(11, figure.sentence());
        insert.setString(12, figure.derivation());
        insert.setString(13, sourceFile);
        insert.setInt(14, line);
    }

    private static List<Figure> select(Connection connection, ReportId report) throws SQLException {
        List<Figure> figures = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setString(1, report.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    figures.add(figure(report, rows));
                }
            }
        }
        return figures;
    }

    private static Figure figure(ReportId report, ResultSet rows) throws SQLException {
        String period = rows.getString("period");
        int footnote = rows.getInt("footnote");
        Integer footnoteOrNull = rows.wasNull() ? null : footnote;
        return new Figure(report, stored(Measure.fromCode(rows.getString("measure")), "measure"),
                stored(MineScope.fromCode(rows.getString("mines")), "mines"), rows.getString("place"),
                period == null ? null : stored(Period.parse(period), "period"), rows.getLong("value"),
                stored(Qualifier.fromCode(rows.getString("qualifier")), "qualifier"),
                stored(FigureKind.fromCode(rows.getString("kind")), "kind"), footnoteOrNull,
                rows.getString("sentence"), rows.getString("derivation"), FigureOrigin.CURATED);
    }

    private static <T> T stored(Optional<T> value, String column) {
        return value.orElseThrow(() -> new IllegalArgumentException("unknown " + column));
    }
}
