package org.fieldbook.model;

import java.util.ArrayList;
import java.util.List;

/** A short excerpt of a passage with the ranges to show highlighted in it. */
public record Snippet(String text, List<TextRange> highlights) {
    /** Characters kept on each side of the first highlighted range. */
    public static final int CONTEXT = 90;
    private static final String ELLIPSIS = "…";

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /**
     * About {@link #CONTEXT} characters either side of the first range of {@code ranges}
     * in {@code text} (cut at spaces, with "…" where it was cut), newlines as spaces, and
     * every range that falls inside it.
     */
    public static Snippet around(String text, List<TextRange> ranges) {
        if (ranges.isEmpty()) {
            return new Snippet(cut(text, 0, Math.min(text.length(), 2 * CONTEXT)), List.of());
        }
        TextRange first = ranges.get(0);
        int from = Math.max(0, first.start() - CONTEXT);
        int to = Math.min(text.length(), first.end() + CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < first.start() ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > first.end() ? space : to;
        }
        String lead = from > 0 ? ELLIPSIS : "";
        String body = text.substring(from, to).replace('\n', ' ');
        List<TextRange> shifted = new ArrayList<>();
        for (TextRange range : ranges) {
            if (range.start() >= from && range.end() <= to) {
                shifted.add(new TextRange(range.start() - from + lead.length(), range.end() - from + lead.length()));
            }
        }
        return new Snippet(lead + body + (to < text.length() ? ELLIPSIS : ""), shifted);
    }

    private static String cut(String text, int from, int to) {
        return text.substring(from, to).replace('\n', ' ') + (to < text.length() ? ELLIPSIS : "");
    }
}
