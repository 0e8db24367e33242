package org.fieldbook.importer;

import java.util.List;
import java.util.Locale;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Markers;

/**
 * Tells what a single non-blank line of a profile is: chrome (navigation, "jump to" lists,
 * overview table rows, stray characters), a heading, or a paragraph. See
 * {@link ProfileParser} for the rules in words. Every check is one pass over the line.
 */
final class LineClassifier {
    static final int MAX_HEADING_CHARS = 80;
    static final int MAX_HEADING_WORDS = 10;

    private static final String JUMP_TO = "jump to a specific section";
    private static final List<String> FOOTNOTE_LABELS = List.of("footnotes", "notes", "endnotes");
    private static final int MAX_MENU_ITEM_CHARS = 50;
    private static final int MAX_MENU_ITEM_WORDS = 6;
    private static final String SENTENCE_END = ".!?;:,\u2026";
    private static final String SENTENCE_STOP = ".!?";
    private static final String CLOSERS = "\"'\u201D\u2019\u00BB)]}";

    private LineClassifier() {
    }

    /** Chrome that needs no context: navigation, stray characters, table rows, "jump to" and menus. */
    static boolean isChrome(String line) {
        String trimmed = Whitespace.trim(line);
        return isStray(trimmed) || isNavigation(trimmed) || isTableRow(trimmed) || isJumpTo(trimmed)
                || isPipeMenu(trimmed);
    }

    /** Chrome that may close a footnote list: navigation or stray characters. */
    static boolean isNavigationOrStray(String line) {
        String trimmed = Whitespace.trim(line);
        return isStray(trimmed) || isNavigation(trimmed);
    }

    /** {@code <NEW ZEALAND | THE PHILIPPINES>}, {@code <Previous | Next>}. */
    static boolean isNavigation(String trimmed) {
        return trimmed.length() >= 2 && trimmed.charAt(0) == '<' && trimmed.charAt(trimmed.length() - 1) == '>';
    }

    /** A line with no letter and no digit ("*", "•", "—", a no-break space). */
    static boolean isStray(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** A label/value row of an overview table: a TAB between pieces of text. */
    static boolean isTableRow(String trimmed) {
        return trimmed.indexOf('\t') >= 0;
    }

    /** "Jump to a specific section of the profile:". */
    static boolean isJumpTo(String trimmed) {
        return trimmed.regionMatches(true, 0, JUMP_TO, 0, JUMP_TO.length());
    }

    /** A lone "Footnotes", "Notes" or "Endnotes" (colon allowed), as written before a footnote list. */
    static boolean isFootnotesLabel(String trimmed) {
        String word = trimmed.endsWith(":") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        return FOOTNOTE_LABELS.contains(Whitespace.trim(word).toLowerCase(Locale.ROOT));
    }

    /**
     * Short items separated by {@code |} ("Policy | Use | Production"): at least two
     * non-empty items, each at most six words and 50 characters, none ending a sentence.
     */
    static boolean isPipeMenu(String trimmed) {
        if (trimmed.indexOf('|') < 0) {
            return false;
        }
        int items = 0;
        int chars = 0;
        int words = 0;
        boolean inWord = false;
        char last = ' ';
        for (int i = 0; i <= trimmed.length(); i++) {
            char c = i < trimmed.length() ? trimmed.charAt(i) : '|';
            if (c == '|') {
                if (chars > MAX_MENU_ITEM_CHARS || words > MAX_MENU_ITEM_WORDS || SENTENCE_STOP.indexOf(last) >= 0) {
                    return false;
                }
                items += chars > 0 ? 1 : 0;
                chars = 0;
                words = 0;
                inWord = false;
                last = ' ';
            } else if (Whitespace.isSpace(c)) {
                inWord = false;
            } else {
                words += inWord ? 0 : 1;
                inWord = true;
                chars++;
                last = c;
            }
        }
        return items >= 2;
    }

    /** The heading rule (see {@link ProfileParser}) applied to a line and its markers. */
    static boolean isHeading(String text, List<Marker> markers) {
        return isHeadingText(Whitespace.trim(Markers.strip(text, markers)));
    }

    /** The heading rule on text that has no markers and is trimmed. */
    static boolean isHeadingText(String plain) {
        if (plain.isEmpty() || plain.length() > MAX_HEADING_CHARS
                || Whitespace.wordCount(plain) > MAX_HEADING_WORDS) {
            return false;
        }
        int first = plain.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isTitleCase(first) || Character.isDigit(first))) {
            return false;
        }
        return hasLetter(plain) && !endsSentence(plain) && !hasSentenceBreak(plain);
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Ends with . ! ? ; : , or an ellipsis, possibly followed by closing quotes or brackets. */
    private static boolean endsSentence(String plain) {
        int i = plain.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(plain.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_END.indexOf(plain.charAt(i)) >= 0;
    }

    /**
     * A full stop, question or exclamation mark (closing quotes may follow) then space and a
     * capital, except after an initial such as the "S." of "U.S. Policy".
     */
    private static boolean hasSentenceBreak(String plain) {
        int n = plain.length();
        for (int i = 0; i < n; i++) {
            char c = plain.charAt(i);
            if (SENTENCE_STOP.indexOf(c) < 0) {
                continue;
            }
            int j = i + 1;
            while (j < n && CLOSERS.indexOf(plain.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n || !Whitespace.isSpace(plain.charAt(j))) {
                continue;
            }
            j = Whitespace.skip(plain, j);
            if (j < n && Character.isUpperCase(plain.codePointAt(j)) && !(c == '.' && isInitial(plain, i))) {
                return true;
            }
        }
        return false;
    }

    /** The full stop at {@code dot} ends a one-letter word ("U.S.", "J. Smith"). */
    private static boolean isInitial(String text, int dot) {
        if (dot < 1 || !Character.isLetter(text.charAt(dot - 1))) {
            return false;
        }
        return dot < 2 || Whitespace.isSpace(text.charAt(dot - 2)) || text.charAt(dot - 2) == '.';
    }
}
