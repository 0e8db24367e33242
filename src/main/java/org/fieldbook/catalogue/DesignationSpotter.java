package org.fieldbook.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldbook.catalogue.ReportPassages.Passage;

/**
 * Finds words shaped like mine designations: two to five capital letters (Latin or
 * Cyrillic), a dash, digits, and optionally more capitals or digits ("MON-150", "PMA-3",
 * "TM-62P3", "ПМН-2"), standing alone as {@link MentionFinder} requires. Lower-case words
 * ("mid-2020") and single letters ("F-7") are not designations.
 */
final class DesignationSpotter {
    private static final String DASH = "[-\\u2010\\u2011\\u2012\\u2013\\u2212]";
    static final Pattern DESIGNATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]" + DASH + ")"
            + "(\\p{Lu}{2,5}" + DASH + "\\p{N}+(?:\\.\\p{N}+)?[\\p{Lu}\\p{N}]*)"
            + "(?![\\p{L}\\p{N}])(?!" + DASH + "[\\p{L}\\p{N}])");
    private static final int MAX_LETTERS = 5;
    /** Longer than any designation's part after its dash; the pattern still sees past it. */
    private static final int MAX_AFTER_DASH = 64;
    /** Designation-shaped words that are well known not to be weapons. */
    private static final Set<String> NOT_WEAPONS = Set.of("covid");

    /** A designation and the line where the report first names it. */
    record Spotted(String designation, int line) {
    }

    private DesignationSpotter() {
    }

    /**
     * The designations in the passages that {@code known} does not accept (it is given the
     * normalised form), each once, at its first line, in line order.
     */
    static List<Spotted> unknown(List<Passage> passages, Predicate<String> known) {
        Map<String, Spotted> first = new LinkedHashMap<>();
        for (Passage passage : passages) {
            for (String designation : designations(passage.text())) {
                String key = NameNormaliser.normalise(designation);
                if (!known.test(key) && NOT_WEAPONS.stream().noneMatch(key::startsWith)) {
                    first.merge(key, new Spotted(designation, passage.line()),
                            (old, now) -> now.line() < old.line() ? now : old);
                }
            }
        }
        List<Spotted> spotted = new ArrayList<>(first.values());
        spotted.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return spotted;
    }

    /**
     * The designations in {@code text}, in order. The pattern is tried only near a dash
     * between a capital letter and a number, the one place every designation has: running it
     * at every position of every passage took a third of an import's processor time.
     */
    static List<String> designations(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = DESIGNATION.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int dash = 1; dash < text.length() - 1; dash++) {
            if (dash < from || !isDash(text.charAt(dash))
                    || Character.getType(text.charAt(dash - 1)) != Character.UPPERCASE_LETTER
                    || !isNumber(text.charAt(dash + 1))) {
                continue;
            }
            matcher.region(Math.max(from, dash - MAX_LETTERS), Math.min(text.length(), dash + MAX_AFTER_DASH));
            if (matcher.find()) {
                found.add(matcher.group(1));
                from = matcher.end();
            }
        }
        return found;
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2013') || c == '\u2212';
    }

    private static boolean isNumber(char c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
