package org.fieldbook.storage;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.model.TextRange;

/** Stores text ranges compactly: {@code "10:15;40:45"} (start:end). */
final class RangeCodec {
    private RangeCodec() {
    }

    static String encode(List<TextRange> ranges) {
        StringBuilder out = new StringBuilder(ranges.size() * 8);
        for (TextRange range : ranges) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(range.start()).append(':').append(range.end());
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException when the stored form is damaged */
    static List<TextRange> decode(String stored) {
        List<TextRange> ranges = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return ranges;
        }
        for (String entry : stored.split(";")) {
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("damaged mention ranges: " + stored);
            }
            ranges.add(new TextRange(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        }
        return ranges;
    }
}
