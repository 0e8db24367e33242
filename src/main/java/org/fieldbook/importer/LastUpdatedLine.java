package org.fieldbook.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional "Last updated" line of a title block: {@code Last updated: 17 November 2021},
 * case-insensitive, colon optional; the date as day month year or month day, year.
 */
final class LastUpdatedLine {
    private static final String PREFIX = "last updated";
    private static final int MAX_DATE_CHARS = 40;
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F]+";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})" + SPACE + "([A-Za-z]+)\\.?,?" + SPACE + "(\\d{4})\\.?");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("([A-Za-z]+)\\.?" + SPACE + "(\\d{1,2}),?" + SPACE + "(\\d{4})\\.?");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private LastUpdatedLine() {
    }

    static boolean matches(String trimmed) {
        return trimmed.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The date text after "Last updated" and its optional colon. */
    static String dateText(String trimmed) {
        int i = Whitespace.skip(trimmed, PREFIX.length());
        if (i < trimmed.length() && trimmed.charAt(i) == ':') {
            i++;
        }
        return Whitespace.trim(trimmed.substring(i));
    }

    /** The date, or null when it cannot be read. */
    static LocalDate parse(String dateText) {
        if (dateText.length() > MAX_DATE_CHARS) {
            return null;
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(dateText);
        if (dmy.matches()) {
            return date(dmy.group(3), dmy.group(2), dmy.group(1));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(dateText);
        if (mdy.matches()) {
            return date(mdy.group(3), mdy.group(1), mdy.group(2));
        }
        return null;
    }

    private static LocalDate date(String year, String monthName, String day) {
        int month = month(monthName.toLowerCase(Locale.ROOT));
        if (month == 0) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** 1 to 12 for a month name or an abbreviation of three letters or more, else 0. */
    private static int month(String name) {
        for (int m = 0; m < MONTHS.size(); m++) {
            String full = MONTHS.get(m);
            if (full.equals(name) || (name.length() >= 3 && full.startsWith(name))) {
                return m + 1;
            }
        }
        return 0;
    }
}
