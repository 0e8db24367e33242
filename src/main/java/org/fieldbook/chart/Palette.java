package org.fieldbook.chart;

/**
 * The chart's colours. Exports always use {@link #LIGHT}, as for print; the window uses the
 * palette of its theme. Series colours keep their hue across themes so a reader who has
 * seen one version of the chart recognises the other.
 */
public record Palette(Rgb background, Rgb text, Rgb muted, Rgb grid, Rgb axis, Rgb stockpile, Rgb destroyed,
                      Rgb planned, Rgb panel) {

    public static final Palette LIGHT = new Palette(Rgb.hex("#ffffff"), Rgb.hex("#1d1f21"), Rgb.hex("#5f6368"),
            Rgb.hex("#e6e4df"), Rgb.hex("#8a8d91"), Rgb.hex("#1f5fa8"), Rgb.hex("#c4501f"),
            Rgb.hex("#c4501f").withAlpha(0.22), Rgb.hex("#f6f5f2"));

    public static final Palette DARK = new Palette(Rgb.hex("#26292d"), Rgb.hex("#e3e1dc"), Rgb.hex("#a4a7ab"),
            Rgb.hex("#393d43"), Rgb.hex("#7c8086"), Rgb.hex("#7fb2ec"), Rgb.hex("#f0875a"),
            Rgb.hex("#f0875a").withAlpha(0.25), Rgb.hex("#2e3236"));
}
