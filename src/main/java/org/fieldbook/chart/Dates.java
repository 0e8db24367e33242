package org.fieldbook.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldbook.model.Period;

/** Finds the date expression of a sentence nearest to a place in it: a span, a month or a year. */
final class Dates {
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    /** "between 2005 and 2015", "from 2005 to 2015", "2005–2015": group 1, 2 or 3 is the start, 4 the end. */
    private static final Pattern SPAN = Pattern.compile("\\b(?:between\\s+((?:19|20)\\d{2})\\s+and"
            + "|from\\s+((?:19|20)\\d{2})\\s+(?:to|until)|((?:19|20)\\d{2})\\s*[–-])\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?<!\\d[.,])((?:19|20)\\d{2})(?!\\d|[.,]\\d)");

    private record Found(int start, int end, Period period) {
        int distanceTo(int from, int to) {
            return end <= from ? from - end : start >= to ? start - to : 0;
        }
    }

    private Dates() {
    }

    /** The period written nearest to {@code [from, to)} in {@code text}, or null when it has none. */
    static Period nearest(String text, int from, int to) {
        List<Found> found = new ArrayList<>();
        Matcher span = SPAN.matcher(text);
        while (span.find()) {
            String first = span.group(1) != null ? span.group(1) : span.group(2) != null ? span.group(2) : span.group(3);
            int a = Integer.parseInt(first);
            int b = Integer.parseInt(span.group(4));
            if (b > a) {
                found.add(new Found(span.start(), span.end(), Period.span(a, b)));
            }
        }
        Matcher month = MONTH.matcher(text);
        while (month.find()) {
            int number = MONTHS.indexOf(month.group(1).toLowerCase(Locale.ROOT)) + 1;
            addIfFree(found, new Found(month.start(), month.end(),
                    Period.month(Integer.parseInt(month.group(2)), number)));
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            addIfFree(found, new Found(year.start(), year.end(), Period.year(Integer.parseInt(year.group(1)))));
        }
        return found.stream().min(Comparator.comparingInt(f -> f.distanceTo(from, to)))
                .map(Found::period).orElse(null);
    }

    /** Adds a date unless it is part of one found already (the year of a span or of a month). */
    private static void addIfFree(List<Found> found, Found candidate) {
        boolean inside = found.stream().anyMatch(f -> candidate.start() >= f.start() && candidate.end() <= f.end());
        if (!inside) {
            found.add(candidate);
        }
    }
}
