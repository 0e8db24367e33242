package org.fieldbook.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a user typed into chunks: double-quoted phrases and bare words. Nothing in it
 * has a meaning for FTS5 yet; that is {@link FtsQuery}'s job.
 */
final class QueryText {
    /** Only this many characters of the input are read. */
    static final int MAX_CHARS = 1_000;

    /** A phrase the user quoted, or a bare word; {@code prefix} when a quoted phrase was followed by '*'. */
    record Chunk(String text, boolean quoted, boolean prefix) {
    }

    private QueryText() {
    }

    static List<Chunk> chunks(String userText) {
        String text = clean(userText);
        List<Chunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (c == '"') {
                int close = text.indexOf('"', i + 1);
                int end = close < 0 ? text.length() : close;
                boolean prefix = close >= 0 && close + 1 < text.length() && text.charAt(close + 1) == '*';
                chunks.add(new Chunk(text.substring(i + 1, end), true, prefix));
                i = close < 0 ? text.length() : close + (prefix ? 2 : 1);
            } else {
                int end = i;
                while (end < text.length() && !isBreak(text.charAt(end))) {
                    end++;
                }
                chunks.add(new Chunk(text.substring(i, end), false, false));
                i = end;
            }
        }
        return chunks;
    }

    /** The first {@link #MAX_CHARS} characters, compatibility-normalised, control characters as spaces. */
    static String clean(String userText) {
        int length = Math.min(userText.length(), MAX_CHARS);
        if (length < userText.length() && Character.isHighSurrogate(userText.charAt(length - 1))) {
            length--;
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = userText.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        // NFKC: full-width "ＰＭＮ－２" reads as "PMN-2"
        return Normalizer.normalize(out, Normalizer.Form.NFKC);
    }

    private static boolean isBreak(char c) {
        return c == '"' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
