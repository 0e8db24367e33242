package org.fieldbook.chart;

/** How wide a text is in a font, as the canvas that will draw it measures. */
@FunctionalInterface
public interface TextMeasure {
    double width(String text, ChartFont font);
}
