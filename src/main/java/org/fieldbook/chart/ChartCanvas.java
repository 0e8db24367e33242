package org.fieldbook.chart;

/**
 * What the chart is drawn on: an SVG document, a {@code java.awt} image or the window's
 * canvas. Coordinates are in chart pixels from the top left; {@code null} means "none" for a
 * fill or a stroke. Text is drawn with its baseline at {@code y}.
 */
public interface ChartCanvas extends TextMeasure {

    /** The dash and gap lengths of a dashed stroke, the same on every back end. */
    static double[] dashes(double strokeWidth) {
        return new double[] {Math.max(4, strokeWidth * 2.6), Math.max(3, strokeWidth * 1.8)};
    }

    /** Where a text's {@code x} is: its start, middle or end. */
    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double width, double height, Rgb fill, Rgb stroke, double strokeWidth, boolean dashed);

    void line(double x1, double y1, double x2, double y2, Rgb stroke, double width, boolean dashed);

    void circle(double cx, double cy, double radius, Rgb fill, Rgb stroke, double strokeWidth);

    void text(String text, double x, double y, ChartFont font, Rgb colour, Anchor anchor);

    /**
     * Starts a group of shapes that show one thing ({@code role}: "point", "bar", "legend"...);
     * {@code tooltip} describes it, or is null. The SVG keeps both; images have no use for them.
     */
    default void beginGroup(String role, String tooltip) {
    }

    default void endGroup() {
    }
}
