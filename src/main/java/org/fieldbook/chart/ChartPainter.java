package org.fieldbook.chart;

import org.fieldbook.chart.ChartLayout.LegendItem;
import org.fieldbook.chart.PlotLayout.Bar;
import org.fieldbook.chart.PlotLayout.Point;
import org.fieldbook.chart.PlotLayout.Segment;
import org.fieldbook.model.Figure;

/**
 * Draws a {@link ChartLayout} on a {@link ChartCanvas} in a {@link Palette}. One painter for
 * every back end: the window's canvas, the PNG and the SVG differ only in the canvas.
 */
public final class ChartPainter {
    private final Palette palette;

    public ChartPainter(Palette palette) {
        this.palette = palette;
    }

    /** Draws the whole chart, background included. */
    public void paint(ChartLayout layout, ChartCanvas canvas) {
        canvas.rect(0, 0, layout.width(), layout.height(), palette.background(), null, 0, false);
        if (layout.aside() != null) {
            paintAside(layout, canvas);
        }
        if (layout.plot() != null) {
            paintPlot(layout.plot(), layout, canvas);
        }
        canvas.beginGroup("legend", null);
        for (LegendItem item : layout.legend()) {
            paintSwatch(item, canvas);
            text(item.label(), canvas);
        }
        canvas.endGroup();
        canvas.beginGroup("texts", null);
        layout.texts().forEach(t -> text(t, canvas));
        canvas.endGroup();
    }

    private void paintPlot(PlotLayout plot, ChartLayout layout, ChartCanvas canvas) {
        Box box = plot.box();
        canvas.beginGroup("axes", null);
        for (double row : plot.gridRows()) {
            canvas.line(box.x(), row, box.right(), row, palette.grid(), 1, false);
        }
        canvas.line(box.x(), box.bottom(), box.right(), box.bottom(), palette.axis(), 1.2, false);
        for (double edge : plot.yearEdges()) {
            canvas.line(edge, box.bottom(), edge, box.bottom() + 4, palette.axis(), 1, false);
        }
        plot.tickLabels().forEach(t -> text(t, canvas));
        canvas.endGroup();
        for (Bar bar : plot.bars()) {
            canvas.beginGroup(bar.planned() ? "planned-bar" : "bar", tooltip(layout, bar.figure()));
            Box b = bar.box();
            if (bar.planned()) {
                canvas.rect(b.x(), b.y(), b.width(), b.height(), palette.planned(), palette.destroyed(), 1.5, true);
            } else {
                canvas.rect(b.x(), b.y(), b.width(), b.height(), palette.destroyed(), null, 0, false);
            }
            canvas.endGroup();
        }
        canvas.beginGroup("stockpile", null);
        for (Segment segment : plot.segments()) {
            canvas.line(segment.x1(), segment.y1(), segment.x2(), segment.y2(), palette.stockpile(), 2.5,
                    segment.dashed());
        }
        for (Point point : plot.points()) {
            canvas.beginGroup(point.hollow() ? "projected-point" : "point", tooltip(layout, point.figure()));
            canvas.circle(point.x(), point.y(), point.radius(), point.hollow() ? palette.background() : palette.stockpile(),
                    palette.stockpile(), 2);
            canvas.endGroup();
        }
        canvas.endGroup();
        canvas.beginGroup("values", null);
        plot.valueLabels().forEach(t -> text(t, canvas));
        canvas.endGroup();
    }

    private void paintAside(ChartLayout layout, ChartCanvas canvas) {
        AsideLayout aside = layout.aside();
        canvas.beginGroup("aside", null);
        Box panel = aside.panel();
        canvas.rect(panel.x(), panel.y(), panel.width(), panel.height(), palette.panel(), palette.grid(), 1, false);
        text(aside.heading(), canvas);
        for (AsideLayout.Entry entry : aside.entries()) {
            canvas.beginGroup("entry", tooltip(layout, entry.figure()));
            Box s = entry.swatch();
            canvas.rect(s.x(), s.y(), s.width(), s.height(), entry.ink().in(palette), null, 0, false);
            entry.lines().forEach(t -> text(t, canvas));
            canvas.endGroup();
        }
        if (aside.more() != null) {
            text(aside.more(), canvas);
        }
        canvas.endGroup();
    }

    private void paintSwatch(LegendItem item, ChartCanvas canvas) {
        Box b = item.box();
        switch (item.swatch()) {
            case LINE -> {
                canvas.line(b.x(), b.centerY(), b.right(), b.centerY(), palette.stockpile(), 2.5, false);
                canvas.circle(b.centerX(), b.centerY(), b.height() * 0.4, palette.stockpile(), palette.stockpile(), 2);
            }
            case DASHED_LINE -> {
                canvas.line(b.x(), b.centerY(), b.right(), b.centerY(), palette.stockpile(), 2.5, true);
                canvas.circle(b.centerX(), b.centerY(), b.height() * 0.4, palette.background(), palette.stockpile(), 2);
            }
            case BAR -> canvas.rect(b.x(), b.y(), b.width(), b.height(), palette.destroyed(), null, 0, false);
            case PLANNED_BAR -> canvas.rect(b.x(), b.y(), b.width(), b.height(), palette.planned(), palette.destroyed(),
                    1.5, true);
        }
    }

    private void text(TextItem item, ChartCanvas canvas) {
        canvas.text(item.text(), item.x(), item.y(), item.font(), item.ink().in(palette), item.anchor());
    }

    private static String tooltip(ChartLayout layout, Figure figure) {
        return layout.marks().stream().filter(m -> m.figure() == figure).findFirst().map(Mark::tooltip).orElse(null);
    }

}
