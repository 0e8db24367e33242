package org.fieldbook.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.model.MineType;
import org.fieldbook.model.NameMatch;
import org.fieldbook.model.TextRange;

/**
 * Finds where a text names catalogue entries: any of an entry's names, written as in the
 * catalogue (case and the kind of dash aside), standing as a whole designation. A name
 * followed by a letter or digit, or by a hyphen and a letter or digit, is part of another
 * designation: "PMN-2" does not name PMN, "TM-62M" not TM-62, "MON-100" not MON-10,
 * "POM-2R" not POM-2 (and the same holds before the name). Candidates are looked up by the
 * word the text starts with at each word boundary, so a scan costs about one map lookup
 * per word, whatever the size of the catalogue.
 */
final class MentionFinder {
    /** A folded name of an entry. */
    private record Term(char[] folded, String mineType) {
    }

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private int longestFirstWord;

    MentionFinder(List<MineType> entries) {
        for (MineType entry : entries) {
            for (String name : entry.allNames()) {
                char[] folded = fold(name.strip());
                int word = wordEnd(folded, 0);
                if (word == 0) {
                    continue;   // a name must start with a letter or digit to be found in text
                }
                byFirstWord.computeIfAbsent(new String(folded, 0, word), k -> new ArrayList<>())
                        .add(new Term(folded, entry.name()));
                longestFirstWord = Math.max(longestFirstWord, word);
            }
        }
    }

    /** Every entry the text names, in order of first appearance, with all its ranges (overlaps merged). */
    List<NameMatch> scan(String text) {
        if (byFirstWord.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        char[] folded = fold(text);
        Map<String, List<TextRange>> found = new LinkedHashMap<>();
        int i = 0;
        while (i < folded.length) {
            if (!isWordChar(folded[i])) {
                i++;
                continue;
            }
            int end = wordEnd(folded, i);
            if (end - i <= longestFirstWord && !followsDesignation(folded, i)) {
                List<Term> terms = byFirstWord.get(new String(folded, i, end - i));
                if (terms != null) {
                    for (Term term : terms) {
                        int matchEnd = matchAt(folded, i, term.folded());
                        if (matchEnd > 0 && standsAlone(folded, matchEnd)) {
                            add(found, term.mineType(), new TextRange(i, matchEnd));
                        }
                    }
                }
            }
            i = end;
        }
        List<NameMatch> matches = new ArrayList<>(found.size());
        found.forEach((name, ranges) -> matches.add(new NameMatch(name, merged(ranges))));
        return matches;
    }

    /** Lower case, every dash as '-', every space as ' ': the same length as the text. */
    static char[] fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
                out[i] = '-';
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out[i] = ' ';
            } else {
                out[i] = Character.toLowerCase(c);
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static int wordEnd(char[] text, int from) {
        int end = from;
        while (end < text.length && isWordChar(text[end])) {
            end++;
        }
        return end;
    }

    /** True when the word at {@code start} continues a designation before it ("X-" then the word). */
    private static boolean followsDesignation(char[] text, int start) {
        return start >= 2 && text[start - 1] == '-' && isWordChar(text[start - 2]);
    }

    /** True when nothing after {@code end} makes the match part of a longer designation. */
    private static boolean standsAlone(char[] text, int end) {
        if (end >= text.length) {
            return true;
        }
        if (isWordChar(text[end])) {
            return false;
        }
        return !(text[end] == '-' && end + 1 < text.length && isWordChar(text[end + 1]));
    }

    /** Where a match of {@code term} at {@code start} ends (one space in a name matches a run of spaces), or -1. */
    private static int matchAt(char[] text, int start, char[] term) {
        int at = start;
        for (char c : term) {
            if (at >= text.length || text[at] != c) {
                return -1;
            }
            at++;
            if (c == ' ') {
                while (at < text.length && text[at] == ' ') {
                    at++;
                }
            }
        }
        return at;
    }

    private static void add(Map<String, List<TextRange>> found, String mineType, TextRange range) {
        found.computeIfAbsent(mineType, k -> new ArrayList<>()).add(range);
    }

    private static List<TextRange> merged(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<TextRange> out = new ArrayList<>();
        for (TextRange range : sorted) {
            TextRange last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && range.start() < last.end()) {
                out.set(out.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
            } else {
                out.add(range);
            }
        }
        return out;
    }
}
