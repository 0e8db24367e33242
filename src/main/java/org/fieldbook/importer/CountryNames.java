package org.fieldbook.importer;

import java.util.Locale;
import java.util.Set;

/**
 * Country lines of the title block: whether a line can be a country name, and the name as
 * shown ("RUSSIAN FEDERATION" becomes "Russian Federation", "Myanmar_Burma" "Myanmar Burma").
 */
final class CountryNames {
    private static final int MAX_CHARS = 60;
    private static final int MAX_WORDS = 8;
    private static final String NAME_PUNCTUATION = "-'\u2019.,()/&_";
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "de");
    private static final String WORD_JOINERS = "-'\u2019(/";

    private CountryNames() {
    }

    /** A short run of letters, spaces and name punctuation, starting with a letter. */
    static boolean isPlausible(String trimmed) {
        if (trimmed.length() < 2 || trimmed.length() > MAX_CHARS
                || Whitespace.wordCount(trimmed.replace('_', ' ')) > MAX_WORDS) {
            return false;
        }
        if (!Character.isLetter(trimmed.codePointAt(0))) {
            return false;
        }
        int last = trimmed.codePointBefore(trimmed.length());
        if (!Character.isLetter(last) && last != ')') {
            return false;
        }
        for (int i = 0; i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            boolean allowed = Character.isLetter(cp) || Whitespace.isSpace(cp) || NAME_PUNCTUATION.indexOf(cp) >= 0
                    || Character.getType(cp) == Character.NON_SPACING_MARK;
            if (!allowed) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The country name for display and identity. */
    static String display(String trimmed) {
        boolean slug = trimmed.indexOf('_') >= 0;
        String name = Whitespace.collapse(trimmed.replace('_', ' '));
        boolean hasUpper = name.codePoints().anyMatch(Character::isUpperCase);
        boolean hasLower = name.codePoints().anyMatch(Character::isLowerCase);
        if ((hasUpper && !hasLower) || (slug && !hasUpper)) {
            return titleCase(name);
        }
        return name;
    }

    private static String titleCase(String name) {
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder(name.length());
        for (int w = 0; w < words.length; w++) {
            String lower = words[w].toLowerCase(Locale.ROOT);
            if (w > 0) {
                out.append(' ');
            }
            if (w > 0 && SMALL_WORDS.contains(lower)) {
                out.append(lower);
                continue;
            }
            boolean capitalise = true;
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                out.append(capitalise && Character.isLetter(c) ? Character.toUpperCase(c) : c);
                if (Character.isLetter(c)) {
                    capitalise = false;
                } else if (WORD_JOINERS.indexOf(c) >= 0) {
                    capitalise = true;
                }
            }
        }
        return out.toString();
    }
}
