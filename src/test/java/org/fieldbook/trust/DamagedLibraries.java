package org.fieldbook.trust;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Random;
import org.fieldbook.AppContext;

/** Makes the damaged library files of the tests, each from a real library. */
public final class DamagedLibraries {
    private DamagedLibraries() {
    }

    /** A real library (filled with the seed) at {@code file}, closed, its write-ahead log merged. */
    public static Path real(Path file) {
        AppContext.open(file).close();
        return file;
    }

    /** Cut off at {@code fraction} of its length (not on a page boundary). */
    public static Path truncated(Path file, double fraction) throws IOException {
        real(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength((long) (raf.length() * fraction) | 1);
        }
        return file;
    }

    /** Cut off after its first two pages: a whole number of pages, fewer than its header says. */
    public static Path truncatedAtAPage(Path file) throws IOException {
        real(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(2 * 4096);
        }
        return file;
    }

    public static Path randomBytes(Path file, long seed) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new Random(seed).nextBytes(bytes);
        return Files.write(file, bytes);
    }

    /** The header and first pages intact, every later page overwritten with random bytes. */
    public static Path randomPages(Path file, long seed) throws IOException {
        real(file);
        byte[] bytes = Files.readAllBytes(file);
        Random random = new Random(seed);
        for (int i = 3 * 4096; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return Files.write(file, bytes);
    }

    /** A library whose schema version is newer than this build knows. */
    public static Path newerVersion(Path file) throws SQLException {
        real(file);
        execute(file, "PRAGMA user_version = 99");
        return file;
    }

    /** The SQLite database of another program. */
    public static Path otherProgram(Path file) throws SQLException {
        execute(file, "CREATE TABLE contact (name TEXT, phone TEXT)", "INSERT INTO contact VALUES ('Ana', '123')");
        return file;
    }

    private static void execute(Path file, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String sql : statements) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.execute();
                }
            }
        }
    }
}
