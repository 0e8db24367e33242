package org.fieldbook.chart;

import java.util.Locale;

/** A colour with opacity, as every back end of the chart takes it. */
public record Rgb(int red, int green, int blue, double alpha) {
    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("not a colour: " + red + "," + green + "," + blue + "," + alpha);
        }
    }

    /** An opaque colour from "#rrggbb". */
    public static Rgb hex(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF, 1);
    }

    public Rgb withAlpha(double opacity) {
        return new Rgb(red, green, blue, opacity);
    }

    /** "#rrggbb", without the opacity. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** 0xRRGGBB, as {@code BufferedImage.getRGB} gives an opaque pixel (less its alpha byte). */
    public int rgb() {
        return red << 16 | green << 8 | blue;
    }
}
