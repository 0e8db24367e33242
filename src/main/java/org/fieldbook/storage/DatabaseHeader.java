package org.fieldbook.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the 100-byte header of an SQLite file to tell a cut-off file before SQLite opens it:
 * SQLite itself would open a truncated library and fail only later, on the first page it
 * cannot find. See https://www.sqlite.org/fileformat.html#the_database_header.
 */
final class DatabaseHeader {
    private static final int HEADER_BYTES = 100;

    private DatabaseHeader() {
    }

    /**
     * Why the file is cut off, or null when its length agrees with its header. A library with
     * a non-empty write-ahead log is not judged: its header may run ahead of a checkpoint
     * that a killed process left unfinished, and SQLite recovers that from the log.
     */
    static String truncation(Path file) throws IOException {
        long size = Files.size(file);
        if (size < HEADER_BYTES) {
            return String.format(Locale.ROOT, "it is cut off (%d bytes, shorter than an SQLite header)", size);
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal) && Files.size(wal) > 0) {
            return null;
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_BYTES);
        }
        int rawPageSize = ((header[16] & 0xFF) << 8) | (header[17] & 0xFF);
        long pageSize = rawPageSize == 1 ? 65_536 : rawPageSize;
        if (pageSize < 512 || Long.bitCount(pageSize) != 1) {
            return "its header is broken (page size " + rawPageSize + ")";
        }
        if (size % pageSize != 0) {
            return String.format(Locale.ROOT, "it is cut off (%,d bytes, not a whole number of %d-byte pages)",
                    size, pageSize);
        }
        long changeCounter = readInt(header, 24);
        long pages = readInt(header, 28);
        long validFor = readInt(header, 92);
        // the page count in the header is only to be trusted when it was written with the last change
        if (pages > 0 && changeCounter == validFor && size < pages * pageSize) {
            return String.format(Locale.ROOT, "it is cut off (%,d bytes; its header says %,d)", size, pages * pageSize);
        }
        return null;
    }

    private static long readInt(byte[] bytes, int offset) {
        return ((long) (bytes[offset] & 0xFF) << 24) | ((bytes[offset + 1] & 0xFF) << 16)
                | ((bytes[offset + 2] & 0xFF) << 8) | (bytes[offset + 3] & 0xFF);
    }
}
