package org.fieldbook.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldbook.model.Block;
import org.fieldbook.model.Marker;

/**
 * Splits a paragraph into sentences and gives each the footnote that sources it: its own
 * marker (markers sit after the full stop: {@code 2015.[23] At the...}), or, for a sentence
 * without one, the next marker of the paragraph, which cites the sentences before it too.
 */
final class Sentences {
    /** A sentence of a paragraph: its text without markers, and its footnote or null. */
    record Sentence(String text, Integer footnote) {
    }

    private static final Pattern END = Pattern.compile("[.!?][”\"’)]?((?:\\[\\d+ ?])*)\\s+(?=[A-Z“\"‘(])");
    private static final Pattern MARKER = Pattern.compile("\\[\\d+ ?]");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)$");
    private static final Set<String> ABBREVIATIONS = Set.of("Amb.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Col.",
            "Lt.", "No.", "Nos.", "p.", "pp.", "e.g.", "i.e.", "cf.", "St.", "Sr.", "Jr.", "vol.", "Vol.", "etc.");

    private Sentences() {
    }

    static List<Sentence> of(Block paragraph) {
        String text = paragraph.text();
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        Matcher end = END.matcher(text);
        while (end.find()) {
            if (isAbbreviation(text.substring(start, end.start() + 1))) {
                continue;
            }
            ranges.add(new int[] {start, end.end(1)});
            start = end.end();
        }
        if (start < text.length()) {
            ranges.add(new int[] {start, text.length()});
        }
        List<Sentence> sentences = new ArrayList<>(ranges.size());
        for (int[] range : ranges) {
            sentences.add(new Sentence(plain(text.substring(range[0], range[1])),
                    footnoteFor(paragraph.markers(), range[0])));
        }
        return sentences;
    }

    private static boolean isAbbreviation(String upToStop) {
        Matcher word = WORD_BEFORE.matcher(upToStop);
        if (!word.find()) {
            return false;
        }
        String last = word.group(1);
        return ABBREVIATIONS.contains(last) || last.matches("(?:[A-Z]\\.)+");
    }

    /** The first marker from the sentence's start on: its own, else the next one in the paragraph. */
    private static Integer footnoteFor(List<Marker> markers, int from) {
        return markers.stream().filter(m -> m.start() >= from).findFirst().map(Marker::number).orElse(null);
    }

    static String plain(String text) {
        return MARKER.matcher(text).replaceAll("").replaceAll("\\s+", " ").replace(" ,", ",").strip();
    }
}
