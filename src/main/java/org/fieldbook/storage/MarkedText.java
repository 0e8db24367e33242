package org.fieldbook.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage's text with its matches wrapped in {@link SnippetMarks} (as FTS5's
 * {@code highlight()} gives it), read as tokens the way the unicode61 tokenizer cuts them
 * (runs of letters and digits): how many tokens, how many of them are marked, and a short
 * window of tokens around the matches, as {@code snippet()} makes one.
 */
final class MarkedText {
    private static final char OPEN = SnippetMarks.OPEN.charAt(0);
    private static final char CLOSE = SnippetMarks.CLOSE.charAt(0);
    private static final String ELLIPSIS = "…";

    private final String marked;
    /** Start and end (exclusive) of each token in {@code marked}, and whether it is inside a mark. */
    private final List<int[]> tokens = new ArrayList<>();
    private int tokenCount;
    private int matches;

    MarkedText(String marked) {
        this.marked = marked == null ? "" : marked;
        count();
    }

    /** Counts tokens and marks; ranking needs only these, for hundreds of passages per search. */
    private void count() {
        boolean inToken = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            boolean tokenChar = isTokenChar(c);
            if (tokenChar && !inToken) {
                tokenCount++;
            }
            inToken = tokenChar;
            if (c == OPEN) {
                matches++;
            }
        }
    }

    private static boolean isTokenChar(char c) {
        return c != OPEN && c != CLOSE && (Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /** Where each token is: read only for the few passages that get a snippet. */
    private void readTokens() {
        boolean inMark = false;
        int start = -1;
        for (int i = 0; i <= marked.length(); i++) {
            char c = i < marked.length() ? marked.charAt(i) : ' ';
            boolean tokenChar = isTokenChar(c);
            if (tokenChar && start < 0) {
                start = i;
            } else if (!tokenChar && start >= 0) {
                tokens.add(new int[] {start, i, inMark ? 1 : 0});
                start = -1;
            }
            if (c == OPEN) {
                inMark = true;
            } else if (c == CLOSE) {
                inMark = false;
            }
        }
    }

    /** Number of tokens: the passage's length as bm25 counts it. */
    int tokenCount() {
        return tokenCount;
    }

    /** Number of marked matches (a phrase match counts once). */
    int matchCount() {
        return matches;
    }

    /**
     * About {@code size} tokens around the matches, with their marks, and {@code …} where the
     * text was cut: the window holding the most marked tokens, started a little before the
     * first of them; the whole text when it is short enough.
     */
    String snippet(int size) {
        if (tokens.isEmpty()) {
            readTokens();
        }
        if (tokens.size() <= size) {
            return marked.strip();
        }
        int best = 0;
        int bestMarked = -1;
        for (int first = 0; first + size <= tokens.size(); first++) {
            int count = 0;
            for (int t = first; t < first + size; t++) {
                count += tokens.get(t)[2];
            }
            if (count > bestMarked) {
                bestMarked = count;
                best = first;
            }
        }
        int firstMarked = best;
        while (firstMarked < best + size - 1 && tokens.get(firstMarked)[2] == 0) {
            firstMarked++;
        }
        int start = Math.max(0, Math.min(firstMarked - 2, tokens.size() - size));
        int end = start + size - 1;
        int from = tokens.get(start)[0];
        if (start > 0 && from > 0 && marked.charAt(from - 1) == OPEN) {
            from--;
        }
        int to = end == tokens.size() - 1 ? marked.length() : tokens.get(end)[1];
        while (to < marked.length() && marked.charAt(to) == CLOSE) {
            to++;
        }
        String window = marked.substring(from, to);
        return (start > 0 ? ELLIPSIS : "") + window + (end < tokens.size() - 1 ? ELLIPSIS : "");
    }
}
