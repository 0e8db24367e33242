package org.fieldbook.storage;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.model.TextRange;

/**
 * Turns a snippet whose matches FTS5 wrapped in private-use marks into plain text plus the
 * ranges of the matches in it.
 */
final class SnippetMarks {
    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";

    record Marked(String text, List<TextRange> highlights) {
    }

    private SnippetMarks() {
    }

    static Marked parse(String raw) {
        if (raw == null) {
            return new Marked("", List.of());
        }
        StringBuilder text = new StringBuilder(raw.length());
        List<TextRange> highlights = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == OPEN.charAt(0)) {
                start = text.length();
            } else if (c == CLOSE.charAt(0)) {
                if (start >= 0 && text.length() > start) {
                    highlights.add(new TextRange(start, text.length()));
                }
                start = -1;
            } else {
                text.append(c);
            }
        }
        return new Marked(text.toString(), highlights);
    }
}
