package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The header fields that identify a Fieldbook library: application id and schema version. */
final class LibraryPragmas {
    /** {@code PRAGMA application_id} of every Fieldbook library: "FLDB" in ASCII. */
    static final int APPLICATION_ID = 0x464C4442;

    private LibraryPragmas() {
    }

    static int applicationId(Connection connection) throws SQLException {
        return queryInt(connection, "PRAGMA application_id");
    }

    static int userVersion(Connection connection) throws SQLException {
        return queryInt(connection, "PRAGMA user_version");
    }

    /** Number of tables, indexes, views and triggers: 0 for an empty database. */
    static int schemaObjects(Connection connection) throws SQLException {
        return queryInt(connection, "SELECT count(*) FROM sqlite_schema");
    }

    static void setUserVersion(Connection connection, int version) throws SQLException {
        // PRAGMA takes no bound parameters; the value is an int from this build, not user input
        execute(connection, "PRAGMA user_version = " + version);
    }

    static void setApplicationId(Connection connection) throws SQLException {
        execute(connection, "PRAGMA application_id = " + APPLICATION_ID);
    }

    private static int queryInt(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
