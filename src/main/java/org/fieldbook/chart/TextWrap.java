package org.fieldbook.chart;

import java.util.ArrayList;
import java.util.List;

/** Breaks a text into lines no wider than a width, at spaces; a word wider than the width gets its own line. */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, double width, ChartFont font, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.width(candidate, font) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
