package org.fieldbook.trust;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Looks underneath a library with a plain, fresh SQLite connection, as a support engineer would. */
public final class LibraryLook {
    private LibraryLook() {
    }

    /** {@code PRAGMA integrity_check} ("ok" when whole) plus FTS5's own check of the search index. */
    public static String integrity(Path library) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + library);
             PreparedStatement check = connection.prepareStatement("PRAGMA integrity_check");
             ResultSet rows = check.executeQuery()) {
            rows.next();
            String result = rows.getString(1);
            try (PreparedStatement fts = connection.prepareStatement(
                    "INSERT INTO passage_fts (passage_fts, rank) VALUES ('integrity-check', 1)")) {
                fts.execute();
            }
            return result;
        }
    }

    public static long count(Path library, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + library);
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
