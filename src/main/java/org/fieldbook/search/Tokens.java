package org.fieldbook.search;

/** Character classes as the FTS5 unicode61 tokenizer sees them, and FTS5 string quoting. */
final class Tokens {
    private Tokens() {
    }

    /**
     * True for characters unicode61 keeps inside a token (letters, numbers, private use) and
     * for combining marks, which stay with their letter here; FTS5 splits further if it must.
     */
    static boolean isTokenChar(int cp) {
        return isSearchable(cp) || switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** True for characters that make a token of their own: letters, numbers, private use. */
    static boolean isSearchable(int cp) {
        return Character.isLetterOrDigit(cp) || switch (Character.getType(cp)) {
            case Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /**
     * Where the digits start in a word made of letters then digits ("pmn2" gives 3,
     * "pfm1s" gives 3), or -1 when the word does not start with letters followed by a digit.
     */
    static int lettersThenDigit(String word) {
        if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
            return -1;
        }
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isDigit(cp)) {
                return i;
            }
            if (!Character.isLetter(cp) && !isTokenChar(cp)) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** An FTS5 string: the text in double quotes, inner quotes doubled. Never an operator. */
    static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
