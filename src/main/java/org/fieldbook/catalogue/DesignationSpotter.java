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
    private static final Pattern DESIGNATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]" + DASH + ")"
            + "(\\p{Lu}{2,5}" + DASH + "\\p{N}+(?:\\.\\p{N}+)?[\\p{Lu}\\p{N}]*)"
            + "(?![\\p{L}\\p{N}])(?!" + DASH + "[\\p{L}\\p{N}])");
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
            Matcher matcher = DESIGNATION.matcher(passage.text());
            while (matcher.find()) {
                String designation = matcher.group(1);
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
}
