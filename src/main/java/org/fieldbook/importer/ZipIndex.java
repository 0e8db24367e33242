package org.fieldbook.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip file's central directory: the only place that holds each entry's Unix mode,
 * and so the only way to tell a symbolic link (which java.util.zip does not expose). Every
 * offset is bounds-checked: the bytes come from a stranger.
 */
final class ZipIndex {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_BYTES = 22;
    private static final int ENTRY_BYTES = 46;
    private static final int UNIX_HOST = 3;
    private static final int TYPE_MASK = 0xF000;
    private static final int TYPE_FILE = 0x8000;
    private static final int TYPE_DIRECTORY = 0x4000;
    private static final int TYPE_LINK = 0xA000;

    /** One entry of the central directory. */
    record Entry(String name, boolean fromUnix, int unixMode) {
        boolean isLink() {
            return fromUnix && (unixMode & TYPE_MASK) == TYPE_LINK;
        }

        /** A device, pipe or socket: anything a Unix zip marks as neither file, folder nor link. */
        boolean isSpecial() {
            int type = unixMode & TYPE_MASK;
            return fromUnix && type != 0 && type != TYPE_FILE && type != TYPE_DIRECTORY && type != TYPE_LINK;
        }
    }

    /** Thrown when the bytes are not a zip file this reader accepts; the message is for the user. */
    static final class BadZipException extends Exception {
        private static final long serialVersionUID = 1L;

        BadZipException(String message) {
            super(message);
        }
    }

    private ZipIndex() {
    }

    /**
     * The central directory's entries, in order.
     *
     * @param maxEntries more entries than this are refused before they are read
     */
    static List<Entry> read(byte[] zip, int maxEntries) throws BadZipException {
        int end = findEnd(zip);
        int count = u16(zip, end + 10);
        long size = u32(zip, end + 12);
        long offset = u32(zip, end + 16);
        if (count == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
            throw new BadZipException("it is a ZIP64 archive, which bundles may not be (they are far smaller)");
        }
        if (count > maxEntries) {
            throw new BadZipException("it lists " + count + " entries; a bundle may hold at most " + maxEntries);
        }
        if (offset + size > end) {
            throw new BadZipException("its index points outside the file (it is damaged)");
        }
        List<Entry> entries = new ArrayList<>(count);
        int at = (int) offset;
        for (int i = 0; i < count; i++) {
            if (at + ENTRY_BYTES > end || (int) u32(zip, at) != ENTRY_SIGNATURE) {
                throw new BadZipException("its index is damaged at entry " + (i + 1));
            }
            int host = u16(zip, at + 4) >>> 8;
            int nameLength = u16(zip, at + 28);
            int skip = u16(zip, at + 30) + u16(zip, at + 32);
            long attributes = u32(zip, at + 38);
            if (at + ENTRY_BYTES + nameLength > end) {
                throw new BadZipException("its index is damaged at entry " + (i + 1));
            }
            String name = utf8(zip, at + ENTRY_BYTES, nameLength);
            entries.add(new Entry(name, host == UNIX_HOST, (int) (attributes >>> 16)));
            at += ENTRY_BYTES + nameLength + skip;
        }
        return entries;
    }

    private static int findEnd(byte[] zip) throws BadZipException {
        int lowest = Math.max(0, zip.length - END_BYTES - 0xFFFF);
        for (int at = zip.length - END_BYTES; at >= lowest; at--) {
            if ((int) u32(zip, at) == END_SIGNATURE) {
                return at;
            }
        }
        throw new BadZipException("it is not a zip file (or it is cut off)");
    }

    private static String utf8(byte[] zip, int at, int length) throws BadZipException {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(zip, at, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new BadZipException("an entry's name is not valid UTF-8");
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | ((b[at + 1] & 0xFFL) << 8) | ((b[at + 2] & 0xFFL) << 16) | ((b[at + 3] & 0xFFL) << 24);
    }
}
