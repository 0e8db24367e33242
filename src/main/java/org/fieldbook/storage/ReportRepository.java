package org.fieldbook.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.ReportMentions;
import org.fieldbook.model.ReportSummary;

/** The reports of a library: store, rebuild, list and remove them. */
public final class ReportRepository {
    private static final String LIST = """
            SELECT key, country, profile_type, year, last_updated, source_file,
                   section_count, paragraph_count, footnote_count
              FROM report
             ORDER BY country, profile_type, year DESC, key""";

    private final Database db;

    /** Reports stored in {@code db}. */
    public ReportRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * Stores a report in one transaction, replacing any report with the same id (all or
     * nothing: when it fails, the library keeps what it had).
     *
     * @throws StorageException when the library cannot be written
     */
    public void replace(Report report) {
        replace(report, ReportMentions.NONE);
    }

    /**
     * Stores a report and the catalogue mentions found in it, in one transaction, replacing
     * any report with the same id (all or nothing).
     *
     * @throws StaleCatalogueException when the library's catalogue is no longer the generation
     *                                 the mentions were found with (nothing is stored)
     * @throws StorageException        when the library cannot be written
     */
    public void replace(Report report, ReportMentions mentions) {
        db.inTransaction("store the report " + report.id(), connection -> {
            long expected = mentions.catalogueGeneration();
            if (expected != ReportMentions.UNCHECKED && CatalogueRepository.generation(connection) != expected) {
                throw new StaleCatalogueException("The mine-type catalogue of " + db.file()
                        + " changed while " + report.id() + " was being imported; it was not stored.");
            }
            ReportWriter writer = new ReportWriter(connection);
            writer.delete(report.id());
            long row = writer.insert(report);
            new MentionWriter(connection).insertForReport(row, mentions.mentions());
            return null;
        });
    }

    /**
     * The report with this id, rebuilt completely: preamble, sections with heading, blocks and
     * markers, footnotes and trailer, all in order; empty when the library has no such report.
     *
     * @throws StorageException when the library cannot be read or the report's rows are damaged
     */
    public Optional<Report> find(ReportId id) {
        return db.readStored("read the report " + id, connection -> new ReportReader(connection).find(id));
    }

    /**
     * One summary per report, ordered by country, profile type, then year (newest first).
     *
     * @throws StorageException when the library cannot be read
     */
    public List<ReportSummary> list() {
        return db.readStored("list the reports", connection -> {
            List<ReportSummary> summaries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(LIST);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    summaries.add(summary(rows));
                }
            }
            return summaries;
        });
    }

    /**
     * The number of reports in the library.
     *
     * @throws StorageException when the library cannot be read
     */
    public int count() {
        return db.read("count the reports", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM report");
                 ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /**
     * Removes a report and everything it holds (its passages leave the search index too).
     *
     * @return true when there was such a report
     * @throws StorageException when the library cannot be written
     */
    public boolean delete(ReportId id) {
        return db.inTransaction("remove the report " + id, connection -> new ReportWriter(connection).delete(id));
    }


    private static ReportSummary summary(ResultSet rows) throws SQLException {
        String lastUpdated = rows.getString("last_updated");
        return new ReportSummary(StoredIds.reportId(rows.getString("key")), rows.getString("country"),
                rows.getString("profile_type"), rows.getInt("year"),
                lastUpdated == null ? null : LocalDate.parse(lastUpdated), rows.getString("source_file"),
                rows.getInt("section_count"), rows.getInt("paragraph_count"), rows.getInt("footnote_count"));
    }
}
