package org.fieldbook.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Decides, before anything is written, whether a file may be opened as a library: an absent
 * or empty file becomes a new library; an existing file must be an SQLite database carrying
 * Fieldbook's application id and a schema version this build knows. Every other file is
 * refused and left exactly as it was.
 */
final class LibraryFile {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LibraryFile() {
    }

    /**
     * Checks {@code file} (absolute), creating its parent folders when it does not exist yet.
     *
     * @throws NotALibraryException when the file is not a Fieldbook library
     * @throws StorageException     when it is one from a newer Fieldbook, or cannot be read
     */
    static void check(Path file, int knownVersion) {
        if (Files.isDirectory(file)) {
            throw new StorageException(StorageException.Reason.NOT_A_LIBRARY,
                    file + " is a folder, not a library file.", null);
        }
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                return;
            }
            if (Files.size(file) == 0) {
                return;
            }
            if (!startsWithSqliteMagic(file)) {
                throw new NotALibraryException(file + " is not a Fieldbook library (it is not an SQLite database). "
                        + "The file was not changed.");
            }
            String truncated = DatabaseHeader.truncation(file);
            if (truncated != null) {
                throw new NotALibraryException(StorageException.Reason.DAMAGED, file + " is damaged: " + truncated
                        + ". The file was not changed.", null);
            }
        } catch (IOException e) {
            boolean denied = e instanceof AccessDeniedException;
            throw new StorageException(denied ? StorageException.Reason.READ_ONLY : StorageException.Reason.OTHER,
                    "Cannot read the library " + file + ": " + (denied ? "permission denied" : e.toString()), e);
        }
        checkDatabase(file, knownVersion);
    }

    /**
     * With no write-ahead log beside it, no other connection has the file open and all of it
     * is in the file: the probe then opens it immutable, so that it creates no -wal or -shm
     * file next to a file it may go on to refuse. With a log, those files exist already.
     */
    private static String probeUrl(Path file) {
        if (Files.exists(file.resolveSibling(file.getFileName() + "-wal"))) {
            return Database.url(file);
        }
        return "jdbc:sqlite:" + file.toUri() + "?immutable=1";
    }

    private static boolean startsWithSqliteMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        }
    }

    private static void checkDatabase(Path file, int knownVersion) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        int applicationId;
        int version;
        int objects;
        try (Connection probe = DriverManager.getConnection(probeUrl(file), config.toProperties())) {
            applicationId = LibraryPragmas.applicationId(probe);
            version = LibraryPragmas.userVersion(probe);
            objects = LibraryPragmas.schemaObjects(probe);
        } catch (SQLException e) {
            if (LibraryErrors.isNotADatabase(e)) {
                throw new NotALibraryException(StorageException.Reason.DAMAGED, file + " is damaged (SQLite cannot "
                        + "read it as a database). The file was not changed.", e);
            }
            throw new StorageException(LibraryErrors.kind(e),
                    "Cannot read the library " + file + ": " + LibraryErrors.reason(e), e);
        }
        if (applicationId == LibraryPragmas.APPLICATION_ID) {
            if (version > knownVersion) {
                throw new StorageException(StorageException.Reason.NEWER_VERSION, file
                        + " was made by a newer Fieldbook (library version " + version
                        + "; this Fieldbook knows up to version " + knownVersion + "). The file was not changed; "
                        + "update Fieldbook to open it.", null);
            }
            return;
        }
        // An SQLite database with nothing in it holds nothing to lose; it becomes a library.
        boolean empty = applicationId == 0 && version == 0 && objects == 0;
        if (!empty) {
            throw new NotALibraryException(file + " is not a Fieldbook library (it is the SQLite database of another "
                    + "program). The file was not changed.");
        }
    }
}
