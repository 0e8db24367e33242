package org.fieldbook.chart;

/** A font of the chart: always the generic sans-serif family, at a size in pixels. */
public record ChartFont(double size, boolean bold) {
    public static ChartFont regular(double size) {
        return new ChartFont(size, false);
    }

    public static ChartFont bold(double size) {
        return new ChartFont(size, true);
    }
}
