package org.fieldbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A bare word the user typed, as the pieces the FTS5 unicode61 tokenizer will see, so that
 * it can be written as a quoted FTS5 string. A letters-then-digits word is split where the
 * digits start ({@code pmn2} reads as {@code pmn 2}, as the index holds {@code PMN-2}), and
 * a word whose pieces are joined only by hyphens or that split may be written either way.
 */
final class QueryWord {
    /** Ordinary short words that are never the first half of a designation such as "PMN 2". */
    private static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "or", "not", "nor", "but", "if", "so", "in", "on", "at", "by", "of", "to",
            "for", "from", "into", "onto", "upon", "with", "via", "as", "is", "was", "are", "were", "be", "been",
            "has", "had", "have", "than", "then", "since", "until", "till", "after", "under", "over", "about",
            "circa", "ca", "some", "all", "each", "only", "per", "its", "his", "her", "our", "their", "these",
            "those", "this", "that", "there", "where", "when", "while", "which", "who", "what", "total", "least",
            "most", "more", "less", "fewer", "ago", "among", "near", "up", "out", "off", "it", "we", "they",
            "page", "pages", "pp", "p", "para", "no", "nos", "vol", "year", "years");
    private static final int MAX_DESIGNATION_LETTERS = 5;

    private final List<String> pieces;
    private final boolean joinable;
    private final boolean prefix;
    private final boolean lettersOnly;

    private QueryWord(List<String> pieces, boolean joinable, boolean prefix, boolean lettersOnly) {
        this.pieces = pieces;
        this.joinable = joinable;
        this.prefix = prefix;
        this.lettersOnly = lettersOnly;
    }

    static QueryWord of(String bare) {
        List<String> pieces = new ArrayList<>();
        boolean joinable = true;      // every gap between pieces is made of dashes only
        boolean gapOfDashes = true;   // the gap being read
        int lastTokenEnd = -1;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < bare.length(); ) {
            int cp = bare.codePointAt(i);
            i += Character.charCount(cp);
            if (Tokens.isTokenChar(cp)) {
                if (run.length() == 0 && !pieces.isEmpty()) {
                    joinable &= gapOfDashes;
                }
                run.appendCodePoint(cp);
                lastTokenEnd = i;
            } else {
                if (run.length() > 0) {
                    addRun(pieces, run);
                    gapOfDashes = true;
                }
                gapOfDashes &= Character.getType(cp) == Character.DASH_PUNCTUATION;
            }
        }
        addRun(pieces, run);
        boolean prefix = lastTokenEnd > 0 && lastTokenEnd < bare.length() && bare.charAt(lastTokenEnd) == '*';
        boolean lettersOnly = bare.codePoints().allMatch(Character::isLetter);
        return new QueryWord(List.copyOf(pieces), joinable, prefix, lettersOnly);
    }

    /** Adds a run of token characters (if it holds something searchable), split where letters turn into digits. */
    private static void addRun(List<String> pieces, StringBuilder run) {
        String text = run.toString();
        run.setLength(0);
        if (text.codePoints().noneMatch(Tokens::isSearchable)) {
            return;
        }
        int digit = Tokens.lettersThenDigit(text);
        if (digit > 0) {
            pieces.add(text.substring(0, digit));
            pieces.add(text.substring(digit));
        } else {
            pieces.add(text);
        }
    }

    /** True when this word may start a designation such as "PMN" in "PMN 2". */
    boolean startsDesignation() {
        if (!lettersOnly || prefix || pieces.size() != 1) {
            return false;
        }
        String word = pieces.get(0);
        int letters = word.codePointCount(0, word.length());
        if (letters > MAX_DESIGNATION_LETTERS || STOPWORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean upper = word.codePoints().anyMatch(Character::isUpperCase);
        boolean lower = word.codePoints().anyMatch(Character::isLowerCase);
        return letters <= 3 || (upper && !lower);
    }

    /** True when the word's first character is a digit, as in "2" of "PMN 2". */
    static boolean startsWithDigit(String bare) {
        return !bare.isEmpty() && Character.isDigit(bare.codePointAt(0));
    }

    /** This word and the next read as one designation: "PMN" + "2" is written like "PMN-2". */
    QueryWord joinedWith(QueryWord next) {
        List<String> joined = new ArrayList<>(pieces);
        joined.addAll(next.pieces);
        return new QueryWord(List.copyOf(joined), next.joinable, next.prefix, false);
    }

    /** The word as an FTS5 term, or empty when it holds nothing searchable. */
    Optional<String> toFts() {
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        String phrase = Tokens.quote(String.join(" ", pieces)) + star(pieces.get(pieces.size() - 1));
        if (pieces.size() == 1 || !joinable) {
            return Optional.of(phrase);
        }
        String joined = String.join("", pieces);
        return Optional.of("(" + phrase + " OR " + Tokens.quote(joined) + star(joined) + ")");
    }

    // A one-character prefix would merge the entries of every word starting with it (every
    // year, for "2"): such a prefix is searched as the word itself.
    private String star(String lastToken) {
        return prefix && lastToken.codePointCount(0, lastToken.length()) >= 2 ? "*" : "";
    }
}
