package org.fieldbook.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Direct SQL for tests that look underneath the repositories. */
final class TestSql {
    private TestSql() {
    }

    static long queryLong(Database db, String sql) {
        return db.read("test query", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1L;
            }
        });
    }

    static List<String> queryStrings(Database db, String sql) {
        return db.read("test query", connection -> {
            List<String> values = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        });
    }

    static void update(Database db, String sql) {
        db.inTransaction("test update", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.execute();
            }
            return null;
        });
    }

    /** Checks the full-text index against the tables; throws when they disagree. */
    static void checkSearchIndex(Database db) {
        update(db, "INSERT INTO passage_fts (passage_fts, rank) VALUES ('integrity-check', 1)");
    }

    /** Runs statements on a file through a plain connection, as another program would. */
    static void onFile(Path file, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.execute();
                }
            }
        }
    }
}
