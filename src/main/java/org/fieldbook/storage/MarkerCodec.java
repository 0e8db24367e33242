package org.fieldbook.storage;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.model.Marker;

/** Stores a block's footnote markers compactly: {@code "23:10:14;24:50:54"} (number:start:end). */
final class MarkerCodec {
    private MarkerCodec() {
    }

    /** The stored form, or null when there are no markers. */
    static String encode(List<Marker> markers) {
        if (markers.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(markers.size() * 10);
        for (Marker marker : markers) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(marker.number()).append(':').append(marker.start()).append(':').append(marker.end());
        }
        return out.toString();
    }

    /**
     * The markers of a stored form (null or empty for none).
     *
     * @throws IllegalArgumentException when the stored form is damaged
     */
    static List<Marker> decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        List<Marker> markers = new ArrayList<>();
        for (String entry : stored.split(";")) {
            String[] parts = entry.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("damaged footnote markers: " + stored);
            }
            markers.add(new Marker(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return markers;
    }
}
