package org.fieldbook.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Monitor's profile types, matched case-insensitively and stored in their canonical spelling. */
final class ProfileTypes {
    private static final List<String> KNOWN = List.of("Mine Ban Policy", "Cluster Munition Ban Policy",
            "Mine Action", "Support for Mine Action", "Impact", "Casualties", "Casualties and Victim Assistance",
            "Victim Assistance", "Cluster Munition Remnants");
    private static final Map<String, String> BY_KEY = byKey();
    private static final Pattern MONITOR_REPORT =
            Pattern.compile("(landmine|cluster munition) monitor report ((?:19|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");
    private static final int MAX_TYPE_CHARS = 80;
    private static final int MAX_UNKNOWN_TYPE_WORDS = 8;

    private static Map<String, String> byKey() {
        Map<String, String> byKey = new LinkedHashMap<>();
        KNOWN.forEach(type -> byKey.put(type.toLowerCase(Locale.ROOT), type));
        return Map.copyOf(byKey);
    }

    private ProfileTypes() {
    }

    /** The canonical spelling of a known profile type, or null when the text names none. */
    static String canonical(String text) {
        if (text.length() > MAX_TYPE_CHARS) {
            return null;
        }
        String key = Whitespace.collapse(text).toLowerCase(Locale.ROOT);
        String known = BY_KEY.get(key);
        if (known != null) {
            return known;
        }
        Matcher report = MONITOR_REPORT.matcher(key);
        if (report.matches()) {
            String series = report.group(1).equals("landmine") ? "Landmine" : "Cluster Munition";
            return series + " Monitor Report " + report.group(2);
        }
        return null;
    }

    /** An unknown type is accepted when it is short and heading-like. */
    static boolean isPlausible(String trimmed) {
        return MarkerScanner.scan(trimmed).isEmpty() && LineClassifier.isHeadingText(trimmed)
                && Whitespace.wordCount(trimmed) <= MAX_UNKNOWN_TYPE_WORDS;
    }

    /** The first year 19xx or 20xx standing alone in the text, or null. */
    static Integer yearIn(String text) {
        Matcher year = YEAR.matcher(text);
        return year.find() ? Integer.valueOf(year.group()) : null;
    }
}
