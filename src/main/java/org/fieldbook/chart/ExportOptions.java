package org.fieldbook.chart;

import java.util.Locale;

/**
 * How to export a chart. {@code width} and {@code height} are in chart pixels (the layout's
 * size); a PNG has {@code width * scale} by {@code height * scale} pixels, so scale 2 gives
 * the same chart sharp on a high-density screen. The SVG takes the size as its viewBox and
 * ignores the scale; the CSV ignores both.
 */
public record ExportOptions(ExportFormat format, int width, int height, double scale, boolean logScale) {
    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 900;
    public static final int MIN_WIDTH = 480;
    public static final int MIN_HEIGHT = 320;
    public static final int MAX_SIDE = 10_000;
    public static final double MAX_SCALE = 4;
    /** No PNG beyond this many pixels (about 40,000 by 16,000, or 800 MB of image memory). */
    public static final long MAX_PIXELS = 200_000_000L;

    /**
     * @throws IllegalArgumentException with a message for the user when a value is out of range
     */
    public ExportOptions {
        if (format == null) {
            throw new IllegalArgumentException("no export format");
        }
        if (width < MIN_WIDTH || width > MAX_SIDE || height < MIN_HEIGHT || height > MAX_SIDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the chart must be %d to %d pixels wide and %d to %d high, not %d by %d",
                    MIN_WIDTH, MAX_SIDE, MIN_HEIGHT, MAX_SIDE, width, height));
        }
        if (!(scale >= 0.5 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("the scale must be from 0.5 to 4 (2 for high-density screens), not "
                    + scale);
        }
        if (format == ExportFormat.PNG && (long) pixels(width, scale) * pixels(height, scale) > MAX_PIXELS) {
            throw new IllegalArgumentException("the image would have " + pixels(width, scale) + " by "
                    + pixels(height, scale) + " pixels; choose a smaller size or scale");
        }
    }

    /** Options for a format at the default size, scale 1, linear axis. */
    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, DEFAULT_WIDTH, DEFAULT_HEIGHT, 1, false);
    }

    /** The PNG's width in pixels. */
    public int pixelWidth() {
        return pixels(width, scale);
    }

    /** The PNG's height in pixels. */
    public int pixelHeight() {
        return pixels(height, scale);
    }

    private static int pixels(int size, double scale) {
        return (int) Math.round(size * scale);
    }
}
