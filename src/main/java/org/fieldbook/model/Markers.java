package org.fieldbook.model;

import java.util.List;

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
}
