package org.fieldbook.catalogue;

import java.text.Normalizer;

/**
 * The form in which mine names are compared: case, hyphens, spaces and other punctuation
 * ignored, accents dropped, Cyrillic written in Latin letters. {@code "ПМН-2"},
 * {@code "PMN 2"} and {@code "pmn2"} all become {@code "pmn2"}; {@code "ТМ-62М"} becomes
 * {@code "tm62m"}.
 */
public final class NameNormaliser {
    /** Only this many characters of a query are read. */
    static final int MAX_CHARS = 200;

    // Lower-case Cyrillic а..я (U+0430..U+044F) in the usual English transliteration.
    private static final String[] CYRILLIC = {
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private NameNormaliser() {
    }

    /** The comparison form of {@code text}: lower-case Latin letters and digits only (empty when none). */
    public static String normalise(CharSequence text) {
        if (text == null) {
            return "";
        }
        CharSequence head = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
        // NFKD: full-width "ＰＭＮ" reads as "PMN", accents come apart from their letters
        String decomposed = Normalizer.normalize(head, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            String latin = latin(c);
            if (latin != null) {
                out.append(latin);
            } else if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The Latin letters for a lower-case Cyrillic letter, or null when {@code c} is not one. */
    static String latin(char c) {
        if (c >= 'а' && c <= 'я') {
            return CYRILLIC[c - 'а'];
        }
        return switch (c) {
            case 'ё', 'є' -> c == 'ё' ? "e" : "ye";
            case 'і' -> "i";
            case 'ї' -> "yi";
            case 'ґ' -> "g";
            case 'ў' -> "u";
            default -> null;
        };
    }
}
