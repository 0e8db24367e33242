package org.fieldbook.chart;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.chart.ChartCanvas.Anchor;
import org.fieldbook.model.Measure;

/**
 * Where everything of a chart goes at a given size: title, legend, plot, the list beside it
 * and the source caption. Computed once per size and drawn by {@link ChartPainter} on any
 * canvas, so the window, the PNG and the SVG show the same chart. {@link #marks} are where
 * the figures are drawn, for the window's pointer targets (points before bars, so that a
 * point over a bar is found first).
 *
 * @param plot  the plot, or null when no figure has a date
 * @param aside the list beside the plot, or null when every figure is on the plot
 */
public record ChartLayout(double width, double height, List<TextItem> texts, List<LegendItem> legend,
                          PlotLayout plot, AsideLayout aside, List<Mark> marks) {

    /** What a legend swatch shows. */
    public enum Swatch { LINE, DASHED_LINE, BAR, PLANNED_BAR }

    public record LegendItem(Swatch swatch, Box box, TextItem label) {
    }

    /** Lays the chart of {@code set} out on {@code width} by {@code height} chart pixels. */
    public static ChartLayout of(FigureSet set, double width, double height, boolean logScale, TextMeasure measure,
                                 ChartText text) {
        ChartPlan plan = ChartPlan.of(set.figures());
        double base = Math.max(11, Math.min(20, Math.min(width / 1280, height / 760) * 14));
        double pad = base * 1.5;
        List<TextItem> texts = new ArrayList<>();
        ChartFont titleFont = ChartFont.bold(base * 1.45);
        double y = pad;
        for (String line : TextWrap.lines(text.title(set), width - 2 * pad, titleFont, measure)) {
            y += titleFont.size() * 1.2;
            texts.add(new TextItem(line, pad, y, titleFont, Ink.TEXT, Anchor.START));
        }
        if (set.isExtracted()) {
            ChartFont noteFont = ChartFont.regular(base);
            y += noteFont.size() * 1.5;
            texts.add(new TextItem(text.get("chart.subtitle.extracted"), pad, y, noteFont, Ink.DESTROYED, Anchor.START));
        }
        List<LegendItem> legend = new ArrayList<>();
        y = legend(plan, y + base * 0.9, width - pad, pad, ChartFont.regular(base * 0.95), measure, text, legend);

        ChartFont captionFont = ChartFont.regular(base * 0.85);
        List<String> caption = TextWrap.lines(text.caption(set), width - 2 * pad, captionFont, measure);
        double captionTop = height - pad - caption.size() * captionFont.size() * 1.3;
        for (int i = 0; i < caption.size(); i++) {
            texts.add(new TextItem(caption.get(i), pad, captionTop + captionFont.size() * (1 + 1.3 * i), captionFont,
                    Ink.MUTED, Anchor.START));
        }

        ChartFont tickFont = ChartFont.regular(base * 0.9);
        double axisTitleBaseline = y + base * 1.2 + tickFont.size();
        double bodyTop = axisTitleBaseline - tickFont.size();
        double xTitleBaseline = captionTop - base * 0.9;
        List<Mark> marks = new ArrayList<>();
        AsideLayout aside = null;
        double plotRight = width - pad;
        if (!plan.aside().isEmpty()) {
            double asideWidth = Math.max(Math.min(width * 0.27, 380), Math.min(190, width * 0.4));
            Box panel = new Box(width - pad - asideWidth, bodyTop, asideWidth, xTitleBaseline - bodyTop);
            aside = AsideLayout.of(plan.aside(), panel, ChartFont.regular(base * 0.9), measure, text, set, marks);
            plotRight = panel.x() - pad;
        }
        PlotLayout plot = null;
        if (plan.hasTimeAxis()) {
            ValueAxis axis = logScale ? ValueAxis.log(plan.smallest(), plan.largest()) : ValueAxis.linear(plan.largest());
            TextItem axisTitle = new TextItem(text.get(logScale ? "chart.axis.value.log" : "chart.axis.value"), pad,
                    axisTitleBaseline, tickFont, Ink.MUTED, Anchor.START);
            PlotLayout.Context context = new PlotLayout.Context(text, set, measure, tickFont,
                    ChartFont.regular(base * 0.9), List.of(axisTitle.bounds(measure)));
            double left = pad + PlotLayout.tickLabelWidth(axis, context) + base * 0.7;
            // year labels sit 1.6 sizes below the plot, the axis title 1.5 sizes below them
            double bottom = xTitleBaseline - tickFont.size() * 3.1;
            double top = axisTitleBaseline + base * 0.9;
            Box box = new Box(left, top, plotRight - left, bottom - top);
            plot = PlotLayout.of(plan, box, axis, context);
            marks.addAll(0, plot.marks());
            texts.add(axisTitle);
            texts.add(new TextItem(text.get("chart.axis.year"), box.centerX(), xTitleBaseline, tickFont, Ink.MUTED,
                    Anchor.MIDDLE));
        } else {
            texts.add(new TextItem(text.get("chart.plot.noDates"), (pad + plotRight) / 2, (bodyTop + xTitleBaseline) / 2,
                    tickFont, Ink.MUTED, Anchor.MIDDLE));
        }
        return new ChartLayout(width, height, texts, legend, plot, aside, List.copyOf(marks));
    }

    /** Lays the legend out in rows from {@code top}; returns the baseline of its last row. */
    private static double legend(ChartPlan plan, double top, double right, double left, ChartFont font,
                                 TextMeasure measure, ChartText text, List<LegendItem> legend) {
        List<Swatch> shown = new ArrayList<>();
        if (plan.stockpile().stream().anyMatch(f -> !f.isProjection())) {
            shown.add(Swatch.LINE);
        }
        if (plan.stockpile().stream().anyMatch(f -> f.isProjection())) {
            shown.add(Swatch.DASHED_LINE);
        }
        if (plan.bars().stream().anyMatch(f -> f.measure() == Measure.DESTROYED)) {
            shown.add(Swatch.BAR);
        }
        if (plan.bars().stream().anyMatch(f -> f.measure() == Measure.PLANNED_DESTRUCTION)) {
            shown.add(Swatch.PLANNED_BAR);
        }
        double swatchWidth = font.size() * 1.8;
        double x = left;
        double baseline = top + font.size();
        for (Swatch swatch : shown) {
            String label = text.get(switch (swatch) {
                case LINE -> "chart.legend.stockpile";
                case DASHED_LINE -> "chart.legend.projection";
                case BAR -> "chart.legend.destroyed";
                case PLANNED_BAR -> "chart.legend.planned";
            });
            double itemWidth = swatchWidth + font.size() * 0.5 + measure.width(label, font);
            if (x > left && x + itemWidth > right) {
                x = left;
                baseline += font.size() * 1.5;
            }
            Box box = new Box(x, baseline - font.size() * 0.75, swatchWidth, font.size() * 0.75);
            legend.add(new LegendItem(swatch, box, new TextItem(label, x + swatchWidth + font.size() * 0.5, baseline,
                    font, Ink.TEXT, Anchor.START)));
            x += itemWidth + font.size() * 1.6;
        }
        return shown.isEmpty() ? top : baseline;
    }
}
