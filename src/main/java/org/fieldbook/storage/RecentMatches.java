package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The newest matches of a search, each with its text as {@code highlight()} marks it: up to
 * {@code cap} headings and paragraphs (positive ids, newest first) and as many footnotes
 * (negative ids, which count down, so the newest first is ascending order). FTS5 walks a
 * doclist in rowid order and stops at the LIMIT, so this costs the same for a word in every
 * passage as for a word in a few hundred, and never runs bm25, whose document-frequency
 * count reads a term's whole doclist once per query.
 */
final class RecentMatches {
    private static final String NEWEST = """
            SELECT rowid, highlight(passage_fts, 0, ?2, ?3), highlight(passage_fts, 1, ?2, ?3)
              FROM passage_fts WHERE passage_fts MATCH ?1 AND rowid %s ORDER BY rowid %s LIMIT ?4""";
    private static final String BLOCKS = NEWEST.formatted("> 0", "DESC");
    private static final String FOOTNOTES = NEWEST.formatted("< 0", "ASC");

    /**
     * A matching passage: its id and its one searchable column with the matches marked;
     * {@code heading} when that column is the heading one (weighed above the others).
     */
    record Match(long id, String marked, boolean heading) {
    }

    private final List<Match> matches;
    private final boolean complete;

    private RecentMatches(List<Match> matches, boolean complete) {
        this.matches = matches;
        this.complete = complete;
    }

    /**
     * Reads at most {@code cap} newest blocks and {@code cap} newest footnotes that match. A
     * long prefix is read through its three-character prefix ({@link PrefixShortcut}) when
     * that finds enough: then the candidates are the matches among the newest rows of the
     * shorter prefix.
     */
    static RecentMatches read(Connection connection, String match, int cap) throws SQLException {
        Optional<PrefixShortcut> shortcut = PrefixShortcut.of(match);
        if (shortcut.isPresent()) {
            RecentMatches wide = readExactly(connection, shortcut.get().wideMatch(), cap);
            List<Match> narrowed = new ArrayList<>();
            for (Match candidate : wide.matches) {
                shortcut.get().narrow(candidate.marked())
                        .ifPresent(marked -> narrowed.add(new Match(candidate.id(), marked, candidate.heading())));
            }
            if (wide.complete || narrowed.size() >= cap / 4) {
                return new RecentMatches(narrowed, wide.complete);
            }
        }
        return readExactly(connection, match, cap);
    }

    private static RecentMatches readExactly(Connection connection, String match, int cap) throws SQLException {
        List<Match> matches = new ArrayList<>();
        boolean complete = readSide(connection, BLOCKS, match, cap, matches);
        complete &= readSide(connection, FOOTNOTES, match, cap, matches);
        return new RecentMatches(matches, complete);
    }

    /** Reads one side into {@code into}; true when it holds every match of that side. */
    private static boolean readSide(Connection connection, String sql, String match, int cap, List<Match> into)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, match);
            select.setString(2, SnippetMarks.OPEN);
            select.setString(3, SnippetMarks.CLOSE);
            select.setInt(4, cap + 1);
            int read = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (++read > cap) {
                        return false;
                    }
                    String heading = rows.getString(2);
                    into.add(new Match(rows.getLong(1), heading != null ? heading : rows.getString(3), heading != null));
                }
            }
            return true;
        }
    }

    /** True when these are all the matches there are (then bm25 over all of them is cheap). */
    boolean complete() {
        return complete;
    }

    List<Match> matches() {
        return matches;
    }
}
