package org.fieldbook.storage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A cheaper way to the newest matches of a prefix such as {@code "mine"*}. The index keeps
 * prefix entries for two and three characters only; a longer prefix makes FTS5 merge the
 * doclists of every word it starts (mine, mines, minefields...) into one before it returns
 * the first row, about 40 ms for a common word, on every statement. Asking for the
 * three-character prefix ({@code "min"*}) instead reads its ready-made doclist lazily; the
 * rows are then kept only when a marked word starts with the whole prefix, and the marks
 * on words that only share the first three characters are taken off again.
 *
 * <p>Only prefix terms that stand alone at the top of the expression (joined by AND, as
 * the search package writes them) and are one token of four characters or more are
 * shortened; phrases and alternatives are left as they are.
 */
final class PrefixShortcut {
    private static final int INDEXED = 3;
    private static final char OPEN = SnippetMarks.OPEN.charAt(0);
    private static final char CLOSE = SnippetMarks.CLOSE.charAt(0);
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern BETWEEN_TOKENS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    private final String wide;
    private final List<String> prefixes;
    private final List<String> shortened;

    private PrefixShortcut(String wide, List<String> prefixes, List<String> shortened) {
        this.wide = wide;
        this.prefixes = prefixes;
        this.shortened = shortened;
    }

    /** The shortcut for a MATCH expression, or empty when it has no long single-token prefix at its top. */
    static Optional<PrefixShortcut> of(String match) {
        StringBuilder wide = new StringBuilder(match.length());
        List<String> prefixes = new ArrayList<>();
        List<String> shortened = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < match.length()) {
            char c = match.charAt(i);
            if (c != '"') {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                wide.append(c);
                i++;
                continue;
            }
            int end = closingQuote(match, i);
            String text = match.substring(i + 1, end).replace("\"\"", "\"");
            boolean prefix = end + 1 < match.length() && match.charAt(end + 1) == '*';
            if (depth == 0 && prefix && isLongToken(text)) {
                String folded = fold(text);
                prefixes.add(folded);
                shortened.add(folded.substring(0, folded.offsetByCodePoints(0, INDEXED)));
                wide.append('"').append(shortened.get(shortened.size() - 1)).append('"');
            } else {
                wide.append(match, i, end + 1);
            }
            i = end + 1;
        }
        return prefixes.isEmpty() ? Optional.empty()
                : Optional.of(new PrefixShortcut(wide.toString(), List.copyOf(prefixes), List.copyOf(shortened)));
    }

    private static int closingQuote(String match, int open) {
        int i = open + 1;
        while (i < match.length()) {
            if (match.charAt(i) == '"') {
                if (i + 1 < match.length() && match.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return match.length() - 1;
    }

    private static boolean isLongToken(String text) {
        return text.codePointCount(0, text.length()) > INDEXED && text.codePoints().allMatch(Character::isLetterOrDigit)
                && fold(text).codePointCount(0, fold(text).length()) > INDEXED;
    }

    /** As the unicode61 tokenizer with remove_diacritics compares words: no accents, lower case. */
    static String fold(String word) {
        if (word.chars().allMatch(c -> c < 0x80)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        return COMBINING.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The expression with each long prefix cut to its indexed three characters. */
    String wideMatch() {
        return wide;
    }

    /**
     * The marked text of a row that matches the wide expression, with marks only on what
     * the original expression matches; empty when the row does not match it.
     */
    Optional<String> narrow(String marked) {
        StringBuilder out = new StringBuilder(marked.length());
        boolean[] found = new boolean[prefixes.size()];
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf(OPEN, i);
            if (open < 0) {
                out.append(marked, i, marked.length());
                break;
            }
            int close = marked.indexOf(CLOSE, open);
            close = close < 0 ? marked.length() : close;
            out.append(marked, i, open);
            String word = marked.substring(open + 1, close);
            boolean whole = false;
            boolean shortOnly = false;
            for (String token : BETWEEN_TOKENS.split(word)) {
                String folded = fold(token);
                for (int p = 0; p < prefixes.size(); p++) {
                    if (folded.startsWith(prefixes.get(p))) {
                        found[p] = true;
                        whole = true;
                    } else if (folded.startsWith(shortened.get(p))) {
                        shortOnly = true;
                    }
                }
            }
            // a lone word marked only for sharing the first three characters loses its mark
            boolean wanted = whole || !shortOnly || !isOneToken(word);
            out.append(wanted ? String.valueOf(OPEN) + word + CLOSE : word);
            i = Math.min(marked.length(), close + 1);
        }
        for (boolean f : found) {
            if (!f) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean isOneToken(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp)
                || Character.getType(cp) == Character.NON_SPACING_MARK);
    }
}
