package org.fieldbook.model;

import java.util.List;
import java.util.StringJoiner;

/** Helpers over the marker positions of a text. */
public final class Markers {
    private Markers() {
    }

    /** The text without its markers, with the space a marker left before it collapsed. */
    public static String strip(String text, List<Marker> markers) {
        if (markers.isEmpty()) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (Marker marker : markers) {
            out.append(text, from, marker.start());
            from = marker.end();
        }
        out.append(text, from, text.length());
        return out.toString().replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * Footnote numbers as runs of markers, in order: {@code [1]-[21], [23]-[26]}; a number
     * alone is {@code [22]}. Duplicates count once; empty for no numbers.
     */
    public static String runs(List<Integer> numbers) {
        List<Integer> sorted = numbers.stream().sorted().distinct().toList();
        StringJoiner runs = new StringJoiner(", ");
        for (int i = 0; i < sorted.size(); i++) {
            int start = sorted.get(i);
            while (i + 1 < sorted.size() && sorted.get(i + 1) == sorted.get(i) + 1) {
                i++;
            }
            int end = sorted.get(i);
            runs.add(start == end ? "[" + start + "]" : "[" + start + "]-[" + end + "]");
        }
        return runs.toString();
    }
}
