package org.fieldbook.importer;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.model.Marker;

/**
 * Finds footnote markers: {@code [N]} with one to three ASCII digits, at most one ordinary
 * space inside on either side of the digits ({@code [1 ]}, {@code [ 1]}). Anything else in
 * brackets ({@code [of the treaty]}, {@code [sic]}, {@code [2004]}) is text. The scan looks at
 * most seven characters past each {@code '['}, so it is linear in the text's length.
 */
final class MarkerScanner {
    private static final int MAX_DIGITS = 3;

    private MarkerScanner() {
    }

    /** The markers of a text, in order. */
    static List<Marker> scan(String text) {
        int open = text.indexOf('[');
        if (open < 0) {
            return List.of();
        }
        List<Marker> markers = new ArrayList<>();
        while (open >= 0) {
            Marker marker = markerAt(text, open);
            if (marker != null) {
                markers.add(marker);
                open = text.indexOf('[', marker.end());
            } else {
                open = text.indexOf('[', open + 1);
            }
        }
        return markers;
    }

    /** The marker whose {@code '['} is at {@code start}, or null when the bracket opens text. */
    static Marker markerAt(String text, int start) {
        int n = text.length();
        if (start >= n || text.charAt(start) != '[') {
            return null;
        }
        int p = start + 1;
        if (p < n && text.charAt(p) == ' ') {
            p++;
        }
        int number = 0;
        int digits = 0;
        while (p < n && digits <= MAX_DIGITS && isAsciiDigit(text.charAt(p))) {
            number = number * 10 + (text.charAt(p) - '0');
            digits++;
            p++;
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return null;
        }
        if (p < n && text.charAt(p) == ' ') {
            p++;
        }
        if (p < n && text.charAt(p) == ']') {
            return new Marker(number, start, p + 1);
        }
        return null;
    }

    /**
     * The marker that opens a footnote entry: a marker at the start of the line after
     * optional spaces ({@code "[1] text"}, {@code "[1]text"}, {@code "  [12 ] text"}), or null.
     */
    static Marker entryAt(String line) {
        return markerAt(line, Whitespace.skip(line, 0));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
