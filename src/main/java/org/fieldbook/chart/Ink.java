package org.fieldbook.chart;

/** What a text or shape of the chart is coloured as; the {@link Palette} says which colour that is. */
public enum Ink {
    TEXT, MUTED, STOCKPILE, DESTROYED,
    /** Text on a solid bar: the background colour. */
    ON_BAR;

    Rgb in(Palette palette) {
        return switch (this) {
            case TEXT -> palette.text();
            case MUTED -> palette.muted();
            case STOCKPILE -> palette.stockpile();
            case DESTROYED -> palette.destroyed();
            case ON_BAR -> palette.background();
        };
    }
}
