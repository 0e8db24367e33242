package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fieldbook.model.Markers;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.SearchHit;

/**
 * Full-text search over the passages of a library (headings, paragraphs, footnotes), ranked
 * by bm25 with headings weighted above the rest. Snippets are made for the returned rows only.
 *
 * <p>Ranking every match is what makes a search slow: bm25 costs about a microsecond per
 * matching row plus a pass over each term's whole doclist, so a common word in a 25,000-
 * profile library (half a million passages) takes half a second. A search therefore first
 * reads the newest {@value #CANDIDATES} matching blocks and footnotes ({@link RecentMatches},
 * which stops early). When that is all there is, the whole match set is ranked by FTS5's
 * bm25 exactly as before. When there are more, the query is frequent: the results are the
 * best of those newest matches, ranked by the same formula in Java ({@link RecentRanking}),
 * with snippets cut from the same marked text. The trade-off: for a frequent query, a
 * better-scoring passage in an older report can be missed; every result still matches,
 * and recent reports are the ones users read most.
 */
public final class PassageSearchRepository {
    /** How much more a match in a heading weighs than one in a paragraph or footnote. */
    private static final double HEADING_WEIGHT = 3.0;
    private static final String SCORE = "-bm25(passage_fts, " + HEADING_WEIGHT + ", 1.0)";
    /** How many of the newest matching blocks, and as many footnotes, a frequent query is ranked among. */
    static final int CANDIDATES = 600;
    /** Tokens in a snippet, as in the snippet() calls below. */
    private static final int SNIPPET_TOKENS = 16;

    // Parameters: ?1 match expression, ?2 limit, ?3 ?4 highlight marks, ?5..?9 report filter.
    // Ranking every match is the cost of a search: SQLite keeps only the best ?2 while it ranks.
    private static final String TOP_IDS = """
            SELECT rowid AS id, %s AS score FROM passage_fts WHERE passage_fts MATCH ?1
             ORDER BY score DESC LIMIT ?2""".formatted(SCORE);

    // One report: its block ids (positive) and footnote ids (negative) are each one contiguous
    // range, since a report is written in one transaction; FTS5 skips everything outside them.
    private static final String REPORT_IDS = """
            SELECT rowid AS id, %1$s AS score FROM passage_fts WHERE passage_fts MATCH ?1 AND rowid BETWEEN ?5 AND ?6
            UNION ALL
            SELECT rowid, %1$s FROM passage_fts WHERE passage_fts MATCH ?1 AND rowid BETWEEN ?7 AND ?8
             ORDER BY score DESC LIMIT ?2""".formatted(SCORE);

    // Snippets for the ranked rows only: one more pass over the matches between the lowest and
    // highest ranked id (cheap without bm25), keeping those ranked. Looking each row up by id
    // instead would rebuild a prefix query's merged entries once per row.
    private static final String HITS = """
            WITH hit AS MATERIALIZED (%s)
            SELECT hit.score, snippet(passage_fts, -1, ?3, ?4, '…', 16), r.key, r.country, r.profile_type, r.year,
                   b.kind, b.ordinal, b.section_ordinal, f.ordinal, f.number, h.text, h.markers
              FROM passage_fts
             CROSS JOIN hit ON hit.id = passage_fts.rowid
              LEFT JOIN block b ON b.id = hit.id
              LEFT JOIN footnote f ON f.id = hit.id
              JOIN report r ON r.id = coalesce(b.report_id, f.report_id)
              LEFT JOIN section s ON s.report_id = b.report_id AND s.ordinal = b.section_ordinal
              LEFT JOIN block h ON h.report_id = s.report_id AND h.ordinal = s.heading_block
             WHERE passage_fts MATCH ?1
               AND passage_fts.rowid BETWEEN (SELECT min(id) FROM hit) AND (SELECT max(id) FROM hit) %s
             ORDER BY hit.score DESC, hit.id""";

    private static final String TOP = HITS.formatted(TOP_IDS, "");
    private static final String IN_REPORT = HITS.formatted(REPORT_IDS, "AND r.id = ?9");

    private static final String REPORT_RANGES = """
            SELECT r.id,
                   (SELECT min(id) FROM block WHERE report_id = r.id), (SELECT max(id) FROM block WHERE report_id = r.id),
                   (SELECT min(id) FROM footnote WHERE report_id = r.id), (SELECT max(id) FROM footnote WHERE report_id = r.id)
              FROM report r WHERE r.key = ?""";

    private final Database db;
    private final int candidates;

    /** Search over the passages stored in {@code db}. */
    public PassageSearchRepository(Database db) {
        this(db, CANDIDATES);
    }

    /** Ranks a frequent query among the newest {@code candidates} blocks and footnotes (tests use a few). */
    PassageSearchRepository(Database db, int candidates) {
        this.db = Objects.requireNonNull(db, "db");
        this.candidates = candidates;
    }

    /**
     * Top {@code limit} passages for an FTS5 MATCH expression (already built safely by the
     * search package), best first (bm25), with snippets.
     *
     * @param reportFilter only passages of this report, or null for all
     * @throws StorageException when the library cannot be read (or the expression is invalid)
     */
    public List<SearchHit> search(String matchExpression, int limit, ReportId reportFilter) {
        Objects.requireNonNull(matchExpression, "matchExpression");
        if (limit <= 0) {
            return List.of();
        }
        return db.read("search the library", connection ->
                reportFilter == null ? top(connection, matchExpression, limit, candidates)
                        : inReport(connection, matchExpression, limit, reportFilter));
    }

    private static List<SearchHit> top(Connection connection, String match, int limit, int candidates)
            throws SQLException {
        RecentMatches recent = RecentMatches.read(connection, match, candidates);
        if (!recent.complete()) {
            return HitDetails.of(connection, RecentRanking.best(recent.matches(), HEADING_WEIGHT, limit), SNIPPET_TOKENS);
        }
        try (PreparedStatement select = connection.prepareStatement(TOP)) {
            bindCommon(select, match, limit);
            return hits(select);
        }
    }

    private static List<SearchHit> inReport(Connection connection, String match, int limit, ReportId report)
            throws SQLException {
        long[] ranges = new long[5];
        try (PreparedStatement select = connection.prepareStatement(REPORT_RANGES)) {
            select.setString(1, report.toString());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return List.of();
                }
                for (int i = 0; i < ranges.length; i++) {
                    ranges[i] = row.getLong(i + 1);  // NULL (no rows) reads 0: the empty range 0..0
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(IN_REPORT)) {
            bindCommon(select, match, limit);
            for (int i = 1; i < ranges.length; i++) {
                select.setLong(4 + i, ranges[i]);
            }
            select.setLong(9, ranges[0]);
            return hits(select);
        }
    }

    private static void bindCommon(PreparedStatement select, String match, int limit) throws SQLException {
        select.setString(1, match);
        select.setInt(2, limit);
        select.setString(3, SnippetMarks.OPEN);
        select.setString(4, SnippetMarks.CLOSE);
    }

    private static List<SearchHit> hits(PreparedStatement select) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hits.add(hit(rows, rows.getString(2)));
            }
        }
        return hits;
    }

    /** The hit of a row of {@link #HITS}' columns, with its snippet as marked text. */
    static SearchHit hit(ResultSet rows, String markedSnippet) throws SQLException {
        SnippetMarks.Marked snippet = SnippetMarks.parse(markedSnippet);
        ReportId id = StoredIds.reportId(rows.getString(3));
        String blockKind = rows.getString(7);
        if (blockKind == null) {
            return new SearchHit(id, rows.getString(4), rows.getString(5), rows.getInt(6), PassageKind.FOOTNOTE,
                    null, null, rows.getInt(10), rows.getInt(11), snippet.text(), snippet.highlights(),
                    rows.getDouble(1));
        }
        PassageKind kind = "HEADING".equals(blockKind) ? PassageKind.HEADING : PassageKind.PARAGRAPH;
        String headingText = rows.getString(12);
        String title = headingText == null ? null : Markers.strip(headingText, MarkerCodec.decode(rows.getString(13)));
        return new SearchHit(id, rows.getString(4), rows.getString(5), rows.getInt(6), kind,
                ReportReader.nullableInt(rows, 9), title, rows.getInt(8), null, snippet.text(),
                snippet.highlights(), rows.getDouble(1));
    }
}
