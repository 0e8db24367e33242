package org.fieldbook.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a figure holds: a year, a month of a year, or a span of whole years (both ends
 * included). {@code month} is 1 to 12, or 0 when only the year is known.
 */
public record Period(int from, int to, int month) {
    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(\\d{2})|-(\\d{4}))?");

    public Period {
        if (from < 1000 || to > 9999 || to < from) {
            throw new IllegalArgumentException("not a period: " + from + "-" + to);
        }
        if (month < 0 || month > 12 || (month > 0 && to != from)) {
            throw new IllegalArgumentException("not a month of one year: " + month);
        }
    }

    public static Period year(int year) {
        return new Period(year, year, 0);
    }

    public static Period month(int year, int month) {
        return new Period(year, year, month);
    }

    public static Period span(int from, int to) {
        return new Period(from, to, 0);
    }

    /** True for a span of more than one year. */
    public boolean isSpan() {
        return to > from;
    }

    /** As files and CSV write it: "2000", "2004-11", "2005-2015". */
    public String code() {
        if (isSpan()) {
            return from + "-" + to;
        }
        return month == 0 ? String.valueOf(from) : String.format("%d-%02d", from, month);
    }

    /** The period written as {@link #code()}, if {@code code} is one. */
    public static Optional<Period> parse(String code) {
        Matcher m = CODE.matcher(code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) != null) {
                return Optional.of(month(year, Integer.parseInt(m.group(2))));
            }
            return Optional.of(m.group(3) != null ? span(year, Integer.parseInt(m.group(3))) : year(year));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where the period starts on a time axis measured in years: 2004-11 starts at 2004.833. */
    public double start() {
        return month == 0 ? from : from + (month - 1) / 12.0;
    }

    /** Where it ends (exclusive): the end of its last year or month. */
    public double end() {
        return month == 0 ? to + 1 : from + month / 12.0;
    }

    public double middle() {
        return (start() + end()) / 2;
    }
}
