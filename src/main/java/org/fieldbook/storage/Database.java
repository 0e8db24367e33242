package org.fieldbook.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * An open Fieldbook library: one SQLite file, one connection. Repositories run their work
 * through {@link #read} and {@link #inTransaction}, which serialise access to the connection
 * and turn {@link SQLException}s into {@link StorageException}s that name the file.
 * Transactions nest: work started inside another transaction (on the same thread) joins it
 * through a savepoint, so a caller can make several repository writes one all-or-nothing
 * unit with {@link #inTransaction(String, Supplier)}.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final Object lock = new Object();
    /** How many transactions are open on the connection (guarded by {@code lock}); above 1 they are savepoints. */
    private int depth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating file and parent directories if absent) and migrates a library. Refuses —
     * never overwrites or modifies — a file that is not a Fieldbook library (not SQLite, or
     * SQLite without Fieldbook's application id): {@link NotALibraryException} with a message
     * naming the file. A library with a newer schema version than this build knows:
     * {@link StorageException} "made by a newer Fieldbook", not modified.
     *
     * @throws StorageException when the library cannot be opened or upgraded
     */
    public static Database open(Path file) {
        return open(file, Migrations.all());
    }

    /** Opens {@code file} with the given schema history (tests use older ones). */
    static Database open(Path file, Migrations migrations) {
        Path target = file.toAbsolutePath().normalize();
        LibraryFile.check(target, migrations.latestVersion());
        Connection connection;
        try {
            connection = DriverManager.getConnection(url(target), config().toProperties());
        } catch (SQLException e) {
            throw new StorageException(LibraryErrors.kind(e),
                    "Cannot open the library " + target + ": " + LibraryErrors.reason(e), e);
        }
        Database db = new Database(target, connection);
        try {
            migrations.apply(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    /** The library file (absolute). */
    public Path file() {
        return file;
    }

    /** The library's schema version ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read("read the library version", LibraryPragmas::userVersion);
    }

    /**
     * Reads every page of the library ({@code PRAGMA quick_check}), to find damage that
     * opening it does not see (pages overwritten on disk). Takes about a second per 100 MB.
     *
     * @throws StorageException with {@link StorageException.Reason#DAMAGED} when the library is damaged
     */
    public void checkIntegrity() {
        List<String> problems = read("check the library", connection -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement check = connection.prepareStatement("PRAGMA quick_check(5)");
                 ResultSet rows = check.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        });
        if (!problems.equals(List.of("ok"))) {
            throw new StorageException(StorageException.Reason.DAMAGED, "The library " + file + " is damaged ("
                    + String.join("; ", problems) + "). The file was not changed.", null);
        }
    }

    /** Closes the library; later calls fail. Closing twice does nothing. */
    @Override
    public void close() {
        synchronized (lock) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw failure("close the library", e);
            }
        }
    }

    /** Runs read-only work in one read transaction, so that it sees one consistent state. */
    <T> T read(String action, SqlWork<T> work) {
        return transaction(action, SQLiteConfig.TransactionMode.DEFERRED, work);
    }

    /**
     * Reads rows into the model, like {@link #read}; stored values that no longer make a
     * valid model (a bad date, an unknown kind) are reported as a damaged library.
     */
    <T> T readStored(String action, SqlWork<T> work) {
        try {
            return read(action, work);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new StorageException("Could not " + action + ": the stored rows are damaged (" + e.getMessage()
                    + ") (library " + file() + ")", e);
        }
    }

    /**
     * Runs work in one write transaction: all of it is committed, or, when it throws, none.
     * {@code action} completes "Could not ..." in the error message. Inside another
     * transaction it runs in a savepoint of that one: when it throws, its own writes are
     * undone and the failure goes on to the enclosing work.
     */
    <T> T inTransaction(String action, SqlWork<T> work) {
        // IMMEDIATE takes the write lock up front, so a busy library waits instead of failing midway
        return transaction(action, SQLiteConfig.TransactionMode.IMMEDIATE, work);
    }

    /**
     * Runs {@code work} as ONE write transaction: every repository write it makes (through
     * any repository on this library, on this thread) is committed together at the end, or,
     * when {@code work} throws, none is. A bundle import stores all its files with this.
     *
     * @param action completes "Could not ..." in the error message
     * @throws StorageException when the library cannot be written; nothing of {@code work} is kept
     */
    public <T> T inTransaction(String action, Supplier<T> work) {
        return inTransaction(action, connection -> work.get());
    }

    private <T> T transaction(String action, SQLiteConfig.TransactionMode mode, SqlWork<T> work) {
        synchronized (lock) {
            if (depth > 0) {
                return savepoint(action, work);
            }
            try {
                connection.unwrap(SQLiteConnection.class).setCurrentTransactionMode(mode);
                connection.setAutoCommit(false);
                depth++;
                Throwable failed = null;
                try {
                    T result = work.apply(connection);
                    connection.commit();
                    return result;
                } catch (Throwable failure) {
                    failed = failure;
                    rollback(failure);
                    throw failure;
                } finally {
                    depth--;
                    restoreAutoCommit(failed);
                }
            } catch (SQLException e) {
                throw failure(action, e);
            }
        }
    }

    private <T> T savepoint(String action, SqlWork<T> work) {
        String name = "nested_" + depth;
        try {
            execute("SAVEPOINT " + name);
            depth++;
            try {
                T result = work.apply(connection);
                execute("RELEASE " + name);
                return result;
            } catch (Throwable failure) {
                try {
                    execute("ROLLBACK TO " + name);
                    execute("RELEASE " + name);
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                }
                throw failure;
            } finally {
                depth--;
            }
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private void execute(String sql) throws SQLException {
        // savepoint names are made here from a counter, never from user input
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    /**
     * Back to autocommit. After SQLite rolled a transaction back by itself (a full disk), this
     * fails with "no transaction is active": that must not hide the failure that caused it.
     */
    private void restoreAutoCommit(Throwable failed) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failed == null) {
                throw e;
            }
            failed.addSuppressed(e);
        }
    }

    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A {@link StorageException} for a failed action, naming the library file. */
    StorageException failure(String action, SQLException e) {
        return new StorageException(LibraryErrors.kind(e), "Could not " + action + ": " + LibraryErrors.reason(e)
                + " (library " + file + ")", e);
    }
}
