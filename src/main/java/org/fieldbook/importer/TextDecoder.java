package org.fieldbook.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a profile file's bytes into its lines: checks size, binary content and UTF-8, drops a
 * leading byte order mark, and splits on {@code \n}, {@code \r\n} and lone {@code \r}. Each
 * line keeps its text exactly, less trailing whitespace.
 */
final class TextDecoder {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** The lines of a readable file, or the problem that makes it unreadable. */
    record Decoded(List<String> lines, Problem problem) {
    }

    private TextDecoder() {
    }

    static Decoded decode(String file, byte[] content) {
        if (content.length > ProfileParser.MAX_BYTES) {
            return failed(Problem.error(file, 1, tooLarge(content.length)));
        }
        if (content.length == 0) {
            return failed(Problem.error(file, 1, "the file is empty"));
        }
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                return failed(Problem.error(file, lineAt(content, i), "binary file, not a profile text"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = lineAt(content, at);
            return failed(Problem.error(file, line, String.format(Locale.ROOT,
                    "not valid UTF-8: the byte 0x%02X on line %d cannot be decoded (save the file as UTF-8)",
                    content[at] & 0xFF, line)));
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(Problem.error(file, 1, "the file is empty (it holds only whitespace)"));
        }
        return new Decoded(splitLines(text), null);
    }

    /** The message for a file over {@link ProfileParser#MAX_BYTES}. */
    static String tooLarge(long size) {
        return String.format(Locale.ROOT, "the file is too large: %,d bytes (%.1f MB), the limit is %,d bytes (10 MB)",
                size, size / (1024.0 * 1024.0), ProfileParser.MAX_BYTES);
    }

    /** Lines split on \n, \r\n and lone \r, each with trailing whitespace removed. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i).stripTrailing());
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start).stripTrailing());
        }
        return lines;
    }

    /** The 1-based line of byte {@code index}, counting line ends the way {@link #splitLines} does. */
    static int lineAt(byte[] content, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static Decoded failed(Problem problem) {
        return new Decoded(List.of(), problem);
    }
}
