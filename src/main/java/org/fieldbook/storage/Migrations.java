package org.fieldbook.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The library's schema history: numbered SQL scripts in {@code migrations/}, applied in
 * order, each in its own transaction, with the version kept in {@code PRAGMA user_version}.
 */
final class Migrations {

    /** One schema step: {@code version} is what {@code user_version} becomes once it is applied. */
    record Migration(int version, String script) {
    }

    private static final List<Migration> ALL = List.of(
            new Migration(1, "V001__library.sql"),
            new Migration(2, "V002__passage_search.sql"),
            new Migration(3, "V003__catalogue.sql"));

    private final List<Migration> migrations;

    private Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** Every migration this build knows. */
    static Migrations all() {
        return new Migrations(ALL);
    }

    /** The migrations up to and including {@code version} (tests build older libraries with this). */
    static Migrations upTo(int version) {
        return new Migrations(ALL.stream().filter(m -> m.version() <= version).toList());
    }

    /** The schema version a library has once these migrations are applied. */
    int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** Brings the library up to {@link #latestVersion()}, one transaction per migration. */
    void apply(Database db) {
        for (Migration migration : migrations) {
            db.inTransaction("upgrade the library to version " + migration.version(), connection -> {
                // read inside the transaction: another Fieldbook may have upgraded it meanwhile
                if (LibraryPragmas.userVersion(connection) < migration.version()) {
                    run(connection, migration);
                }
                return null;
            });
        }
    }

    private static void run(Connection connection, Migration migration) throws SQLException {
        for (String sql : SqlScript.statements(load(migration.script()))) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.execute();
            }
        }
        LibraryPragmas.setUserVersion(connection, migration.version());
        LibraryPragmas.setApplicationId(connection);
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration script " + script, e);
        }
    }
}
