package org.fieldbook.chart;

import org.fieldbook.chart.ChartCanvas.Anchor;

/** A text placed on the chart: its baseline starts, centres or ends at {@code (x, y)}. */
public record TextItem(String text, double x, double y, ChartFont font, Ink ink, Anchor anchor) {

    /** The box the text covers, as {@code measure} measures it (for overlap checks). */
    Box bounds(TextMeasure measure) {
        double width = measure.width(text, font);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        return new Box(left, y - font.size() * 0.8, width, font.size());
    }
}
