package org.fieldbook.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Text widths in the {@code java.awt} logical font "SansSerif", the family the PNG is drawn
 * in and the SVG names as {@code sans-serif}. Works headless: it needs fonts, not a display.
 */
public final class AwtTextMeasure implements TextMeasure {
    /** Antialiased with fractional metrics, as {@link AwtCanvas} draws. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Map<ChartFont, Font> fonts = new HashMap<>();

    @Override
    public double width(String text, ChartFont font) {
        return font(font).getStringBounds(text, CONTEXT).getWidth();
    }

    Font font(ChartFont font) {
        return fonts.computeIfAbsent(font, f -> new Font(Font.SANS_SERIF, f.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) f.size()));
    }
}
