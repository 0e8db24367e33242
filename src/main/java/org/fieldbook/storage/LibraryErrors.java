package org.fieldbook.storage;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Short, user-facing reasons for SQLite failures. */
final class LibraryErrors {
    private LibraryErrors() {
    }

    /** Why an operation on the library failed, in words a user can act on. */
    static String reason(SQLException e) {
        return switch (primaryCode(e)) {
            case "SQLITE_BUSY", "SQLITE_LOCKED" -> "the library is busy (another Fieldbook may be writing to it); try again";
            case "SQLITE_FULL" -> "the disk is full";
            case "SQLITE_READONLY", "SQLITE_PERM" -> "the library file cannot be written (it is read-only)";
            case "SQLITE_CANTOPEN" -> "the file cannot be opened (check that the folder exists and may be written)";
            case "SQLITE_CORRUPT", "SQLITE_NOTADB" -> "the library file is damaged";
            case "SQLITE_IOERR" -> "the file could not be read or written (disk error)";
            case "SQLITE_CONSTRAINT" -> "the data breaks a rule of the library: " + detail(e);
            default -> detail(e);
        };
    }

    /** The kind of trouble behind a failure, for {@link StorageException#reason()}. */
    static StorageException.Reason kind(SQLException e) {
        return switch (primaryCode(e)) {
            case "SQLITE_BUSY", "SQLITE_LOCKED" -> StorageException.Reason.IN_USE;
            case "SQLITE_FULL" -> StorageException.Reason.DISK_FULL;
            case "SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH" -> StorageException.Reason.READ_ONLY;
            case "SQLITE_CORRUPT", "SQLITE_NOTADB" -> StorageException.Reason.DAMAGED;
            default -> StorageException.Reason.OTHER;
        };
    }

    /** True when the failure means the file is not a readable SQLite database. */
    static boolean isNotADatabase(SQLException e) {
        String primary = primaryCode(e);
        return primary.equals("SQLITE_NOTADB") || primary.equals("SQLITE_CORRUPT");
    }

    /** The primary result code, e.g. SQLITE_BUSY for SQLITE_BUSY_SNAPSHOT; "" when unknown. */
    private static String primaryCode(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return "";
        }
        String[] parts = sqlite.getResultCode().name().split("_");
        return parts.length < 2 ? "" : parts[0] + "_" + parts[1];
    }

    private static String detail(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // sqlite-jdbc writes "[SQLITE_CONSTRAINT_PRIMARYKEY] A PRIMARY KEY constraint failed (UNIQUE
        // constraint failed: section.report_id, section.ordinal)": keep what SQLite said
        String detail = message.replaceFirst("^\\[[A-Z_]+\\]\\s*", "");
        int open = detail.indexOf('(');
        return open >= 0 && detail.endsWith(")") ? detail.substring(open + 1, detail.length() - 1) : detail;
    }
}
