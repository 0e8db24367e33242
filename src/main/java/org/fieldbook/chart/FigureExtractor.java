package org.fieldbook.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldbook.chart.Sentences.Sentence;
import org.fieldbook.model.Block;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureKind;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.Measure;
import org.fieldbook.model.MineScope;
import org.fieldbook.model.Period;
import org.fieldbook.model.Qualifier;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;

/**
 * Proposes figures for a report that has no curated ones: counts written with "million" or
 * thousands separators in the sentences of its stockpile section that speak of mines, each
 * classified by the words around it and dated by the nearest year, month or span. Nobody
 * has checked them: they are {@link FigureOrigin#EXTRACTED} and shown as such.
 */
public final class FigureExtractor {
    /** A count found in a sentence: where it is written and the number of mines it says. */
    private record Count(int start, int end, long value) {
    }

    private static final Pattern STOCKPILE_HEADING = Pattern.compile("(?i)stockpil");
    private static final Pattern MINE_WORDS = Pattern.compile("(?i)\\b(?:land)?mines?\\b|antipersonnel|stockpil");
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\w$.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(\\s+(?:million|billion)\\b)?(?![\\w,.]?\\d)");
    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:\\bpp?\\.|\\bpages?)\\s*(?:[\\d,]+\\s*[–-]\\s*)?$");
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?i)\\b(?:approximately|about|around|some|nearly|almost|roughly|an estimated|estimated)\\s+$");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)\\b(?:more than|over|at least|in excess of)\\s+$");
    private static final Pattern ABROAD = Pattern.compile("(?i)\\babroad\\b|\\bother countries\\b|\\bunits in\\b");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+in\\s+(\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)*)");
    private static final Pattern PLANNED = Pattern.compile(
            "(?i)\\bforecast\\w*|\\bwould be destroyed|\\bwill be destroyed|\\bto be destroyed|\\bplan\\w* to destroy"
                    + "|\\bplanned destruction|\\bexpected to (?:be )?destroy");
    private static final Pattern DESTROYED = Pattern.compile("(?i)\\bdestroy\\w*|\\bdestruction|\\bdispos\\w*");
    private static final Pattern STOCKPILED = Pattern.compile("(?i)\\bstockpil\\w*|\\bstocks?\\b|\\bheld\\b|\\bholds?\\b"
            + "|\\bretain\\w*");
    private static final Pattern ALL_TYPES = Pattern.compile("(?i)including antipersonnel|all types|of all kinds");

    /**
     * The candidate figures of a report, in text order; empty when it has no stockpile
     * section or nothing there looks like a count of mines.
     */
    public List<Figure> extract(Report report) {
        List<Figure> figures = new ArrayList<>();
        for (Section section : report.sections()) {
            if (section.title().filter(t -> STOCKPILE_HEADING.matcher(t).find()).isEmpty()) {
                continue;
            }
            for (Block paragraph : section.paragraphs()) {
                for (Sentence sentence : Sentences.of(paragraph)) {
                    if (MINE_WORDS.matcher(sentence.text()).find()) {
                        figures.addAll(inSentence(report, sentence));
                    }
                }
            }
        }
        return figures;
    }

    private static List<Figure> inSentence(Report report, Sentence sentence) {
        String text = sentence.text();
        List<Count> counts = new ArrayList<>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            boolean large = m.group(2) != null || m.group(1).contains(",");
            long value = large ? value(m.group(1), m.group(2)) : 0;
            if (value > 0 && !PAGE_REFERENCE.matcher(text.substring(0, m.start())).find()) {
                counts.add(new Count(m.start(), m.end(), value));
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            int clauseStart = i == 0 ? 0 : counts.get(i - 1).end();
            int clauseEnd = i == counts.size() - 1 ? text.length() : counts.get(i + 1).start();
            String before = text.substring(clauseStart, count.start());
            String after = text.substring(count.end(), clauseEnd);
            figure(report, sentence, count, before, after).ifPresent(figures::add);
        }
        return figures;
    }

    private static Optional<Figure> figure(Report report, Sentence sentence, Count count, String before,
                                           String after) {
        String text = sentence.text();
        String clause = before + " " + after;
        String place = null;
        Measure measure;
        Matcher placeAfter = PLACE_AFTER.matcher(after);
        if (ABROAD.matcher(text).find() && placeAfter.find()) {
            measure = Measure.HELD_ABROAD;
            place = placeAfter.group(1);
        } else if (PLANNED.matcher(text).find() && DESTROYED.matcher(clause).find()) {
            measure = Measure.PLANNED_DESTRUCTION;
        } else {
            // the words before a count say what it is ("stockpiled 46 million"); the words after
            // only when those before say nothing ("464,000 ... were destroyed")
            Optional<Measure> said = measureIn(before).or(() -> measureIn(after));
            if (said.isEmpty()) {
                return Optional.empty();
            }
            measure = said.get();
        }
        Qualifier qualifier = APPROXIMATE.matcher(before).find() ? Qualifier.APPROXIMATE
                : AT_LEAST.matcher(before).find() ? Qualifier.AT_LEAST : Qualifier.EXACT;
        FigureKind kind = measure == Measure.PLANNED_DESTRUCTION ? FigureKind.FORECAST : FigureKind.REPORTED;
        MineScope mines = ALL_TYPES.matcher(text).find() ? MineScope.ALL_TYPES : MineScope.ANTIPERSONNEL;
        Period period = measure == Measure.HELD_ABROAD ? null : Dates.nearest(text, count.start(), count.end());
        return Optional.of(new Figure(report.id(), measure, mines, place, period, count.value(), qualifier,
                kind, sentence.footnote(), text, null, FigureOrigin.EXTRACTED));
    }

    /** Destruction words win: "the destruction of its stockpile of 35,774" counts destroyed mines. */
    private static Optional<Measure> measureIn(String words) {
        if (DESTROYED.matcher(words).find()) {
            return Optional.of(Measure.DESTROYED);
        }
        return STOCKPILED.matcher(words).find() ? Optional.of(Measure.STOCKPILED) : Optional.empty();
    }

    /** The number of mines a count says, or 0 for none that fits ("0,000", or beyond any stockpile). */
    private static long value(String digits, String unit) {
        BigDecimal number = new BigDecimal(digits.replace(",", ""));
        if (unit != null) {
            number = number.multiply(BigDecimal.valueOf(unit.strip().equals("billion") ? 1_000_000_000L : 1_000_000L));
        }
        try {
            return Math.max(0, number.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            return 0;
        }
    }
}
