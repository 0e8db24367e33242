package org.fieldbook.chart;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.chart.ChartCanvas.Anchor;
import org.fieldbook.model.Figure;
import org.fieldbook.model.Measure;

/**
 * The list beside the plot of the figures that have no place on a time axis: each with a
 * colour swatch, its value and its facts, wrapped to the panel's width. Entries that do not
 * fit are counted in a last line (the table under the window's chart lists them all).
 *
 * @param more "+ 2 more" when entries were left out, else null
 */
public record AsideLayout(Box panel, TextItem heading, List<Entry> entries, TextItem more) {

    /** One figure of the list: the swatch, the value line and the facts lines. */
    public record Entry(Figure figure, Box swatch, Ink ink, List<TextItem> lines) {
    }

    static AsideLayout of(List<Figure> figures, Box panel, ChartFont font, TextMeasure measure, ChartText text,
                          FigureSet set, List<Mark> marks) {
        double pad = font.size() * 0.8;
        double line = font.size() * 1.3;
        ChartFont headingFont = ChartFont.bold(font.size());
        ChartFont valueFont = ChartFont.bold(font.size());
        double y = panel.y() + pad + headingFont.size();
        TextItem heading = new TextItem(text.get("chart.aside.title"), panel.x() + pad, y, headingFont, Ink.TEXT,
                Anchor.START);
        y += line * 0.6;
        double swatchSize = font.size() * 0.75;
        double textX = panel.x() + pad + swatchSize + font.size() * 0.6;
        double textWidth = panel.right() - pad - textX;
        List<Entry> entries = new ArrayList<>();
        for (Figure figure : figures) {
            List<String> facts = TextWrap.lines(text.facts(figure), textWidth, font, measure);
            double height = line * (1 + facts.size());
            if (y + line * 0.5 + height > panel.bottom() - pad) {
                break;
            }
            double top = y + line * 0.5;
            List<TextItem> lines = new ArrayList<>();
            double baseline = top + valueFont.size();
            lines.add(new TextItem(text.qualifiedValue(figure), textX, baseline, valueFont, Ink.TEXT, Anchor.START));
            for (String fact : facts) {
                baseline += line;
                lines.add(new TextItem(fact, textX, baseline, font, Ink.MUTED, Anchor.START));
            }
            Ink ink = figure.measure() == Measure.DESTROYED || figure.measure() == Measure.PLANNED_DESTRUCTION
                    ? Ink.DESTROYED : Ink.STOCKPILE;
            Box swatch = new Box(panel.x() + pad, top + (valueFont.size() - swatchSize) / 2 + 1, swatchSize, swatchSize);
            entries.add(new Entry(figure, swatch, ink, lines));
            marks.add(new Mark(figure, new Box(panel.x() + pad / 2, top - line * 0.2, panel.width() - pad,
                    height + line * 0.2), text.tooltip(figure, set)));
            y = top + height;
        }
        TextItem more = null;
        if (entries.size() < figures.size()) {
            more = new TextItem("+ " + (figures.size() - entries.size()), textX, panel.bottom() - pad, font, Ink.MUTED,
                    Anchor.START);
            return new AsideLayout(panel, heading, entries, more);
        }
        // the panel is as tall as what it lists
        return new AsideLayout(new Box(panel.x(), panel.y(), panel.width(), y + pad - panel.y()), heading, entries, null);
    }
}
