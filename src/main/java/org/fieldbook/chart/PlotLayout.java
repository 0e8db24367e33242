package org.fieldbook.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fieldbook.chart.ChartCanvas.Anchor;
import org.fieldbook.model.Figure;
import org.fieldbook.model.Measure;

/**
 * The inside of the plot: grid, tick labels, the stockpile line with its points, the
 * destruction bars and the value labels, all placed in the plot box.
 *
 * @param gridRows  pixel rows of the value axis' ticks
 * @param yearEdges pixel columns where years begin, for the time axis' tick marks
 */
public record PlotLayout(Box box, ValueAxis axis, List<TextItem> tickLabels, List<Double> gridRows,
                         List<Double> yearEdges, List<Segment> segments, List<Point> points, List<Bar> bars,
                         List<TextItem> valueLabels, List<Mark> marks) {

    static final int MIN_YEARS = 8;

    /** A piece of the stockpile line; dashed where it leads to or from a forecast or derived value. */
    public record Segment(double x1, double y1, double x2, double y2, boolean dashed) {
        /** True when the segment passes through the box (checked every two pixels along it). */
        boolean crosses(Box box) {
            double length = Math.hypot(x2 - x1, y2 - y1);
            int steps = Math.max(1, (int) (length / 2));
            for (int i = 0; i <= steps; i++) {
                double t = i / (double) steps;
                if (box.contains(x1 + t * (x2 - x1), y1 + t * (y2 - y1))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A stockpile value; hollow when it is a forecast or derived. */
    public record Point(Figure figure, double x, double y, double radius, boolean hollow) {
    }

    /** Destruction in a year or a period; {@code planned} for a forecast. */
    public record Bar(Figure figure, Box box, boolean planned) {
    }

    /** What the plot needs from the chart around it; {@code reserved}: boxes above the plot labels must avoid. */
    record Context(ChartText text, FigureSet set, TextMeasure measure, ChartFont tickFont, ChartFont labelFont,
                   List<Box> reserved) {
    }

    /** The width the value axis' tick labels need, to leave room for them left of the plot. */
    static double tickLabelWidth(ValueAxis axis, Context context) {
        return axis.ticks().stream().mapToDouble(t -> context.measure().width(context.text().value(t), context.tickFont()))
                .max().orElse(0);
    }

    static PlotLayout of(ChartPlan plan, Box box, ValueAxis axis, Context context) {
        List<TextItem> ticks = new ArrayList<>();
        List<Double> rows = new ArrayList<>();
        double gap = context.tickFont().size() * 0.6;
        for (long tick : axis.ticks()) {
            double y = row(axis, box, tick);
            rows.add(y);
            ticks.add(new TextItem(tick == 0 ? "0" : context.text().value(tick), box.x() - gap,
                    y + context.tickFont().size() * 0.35, context.tickFont(), Ink.MUTED, Anchor.END));
        }
        // at least eight years wide, so that a single year is a bar and not a wall
        int first = plan.firstYear();
        int end = plan.endYear();
        int missing = Math.max(0, MIN_YEARS - (end - first));
        first -= missing / 2;
        end += missing - missing / 2;
        double from = first - 0.35;
        double to = end + 0.35;
        List<Double> edges = new ArrayList<>();
        int stride = yearStride(box.width() / (to - from), context);
        for (int year = first; year <= end; year++) {
            edges.add(column(box, from, to, year));
            if (year < end && year % stride == 0) {
                ticks.add(new TextItem(String.valueOf(year), column(box, from, to, year + 0.5),
                        box.bottom() + gap + context.tickFont().size(), context.tickFont(), Ink.MUTED, Anchor.MIDDLE));
            }
        }
        List<Mark> marks = new ArrayList<>();
        List<Bar> bars = bars(plan, box, axis, from, to);
        bars.forEach(b -> marks.add(mark(b.figure(), b.box().atLeast(10, 10), context)));
        List<Point> points = new ArrayList<>();
        double radius = Math.max(3.5, context.labelFont().size() * 0.4);
        for (Figure figure : plan.stockpile()) {
            Point point = new Point(figure, column(box, from, to, figure.period().middle()),
                    row(axis, box, figure.value()), radius, figure.isProjection());
            points.add(point);
            marks.add(mark(figure, new Box(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius)
                    .atLeast(16, 16), context));
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            segments.add(new Segment(a.x(), a.y(), b.x(), b.y(), a.hollow() || b.hollow()));
        }
        return new PlotLayout(box, axis, ticks, rows, edges, segments, points, bars,
                valueLabels(box, points, bars, segments, context), marks);
    }

    private static List<Bar> bars(ChartPlan plan, Box box, ValueAxis axis, double from, double to) {
        List<Bar> bars = new ArrayList<>();
        for (Figure figure : plan.bars()) {
            double left = column(box, from, to, figure.period().start());
            double right = column(box, from, to, figure.period().end());
            double inset = Math.min(3, (right - left) * 0.1);
            double top = row(axis, box, figure.value());
            bars.add(new Bar(figure, new Box(left + inset, top, right - left - 2 * inset, box.bottom() - top),
                    figure.measure() == Measure.PLANNED_DESTRUCTION));
        }
        // wide bars first, so that a year inside a period stays visible on top of it
        bars.sort(Comparator.comparingDouble((Bar b) -> b.box().width()).reversed());
        return bars;
    }

    /**
     * Value labels beside their points and above their bars, each in the first of a few places
     * where it overlaps no other label, point or piece of the line: points first (they have
     * more places to go), then bars, above their top or inside it.
     */
    private static List<TextItem> valueLabels(Box box, List<Point> points, List<Bar> bars, List<Segment> segments,
                                              Context context) {
        ChartFont font = context.labelFont();
        TextMeasure measure = context.measure();
        List<Box> taken = new ArrayList<>(context.reserved());
        points.forEach(p -> taken.add(new Box(p.x() - p.radius(), p.y() - p.radius(), 2 * p.radius(), 2 * p.radius())));
        List<TextItem> labels = new ArrayList<>();
        double lift = font.size() * 0.5;
        for (Point point : points) {
            String text = context.text().qualifiedValue(point.figure());
            double r = point.radius() + font.size() * 0.45;
            double x = point.x();
            double y = point.y();
            double middle = y + font.size() * 0.35;
            double half = measure.width(text, font) / 2;
            // centred above or below, moved sideways to stay in the plot near its edges
            double centred = Math.max(box.x() + half + 1, Math.min(box.right() - half - 1, x));
            List<TextItem> places = List.of(
                    new TextItem(text, centred, y - r - 2, font, Ink.STOCKPILE, Anchor.MIDDLE),
                    new TextItem(text, x + r, y - r, font, Ink.STOCKPILE, Anchor.START),
                    new TextItem(text, x - r, y - r, font, Ink.STOCKPILE, Anchor.END),
                    new TextItem(text, x + r, middle, font, Ink.STOCKPILE, Anchor.START),
                    new TextItem(text, x - r, middle, font, Ink.STOCKPILE, Anchor.END),
                    new TextItem(text, centred, y + r + font.size() * 0.8, font, Ink.STOCKPILE, Anchor.MIDDLE),
                    new TextItem(text, x + r, y + r + font.size() * 0.8, font, Ink.STOCKPILE, Anchor.START),
                    new TextItem(text, x - r, y + r + font.size() * 0.8, font, Ink.STOCKPILE, Anchor.END));
            place(places, box, taken, segments, measure).ifPresent(labels::add);
        }
        for (Bar bar : bars) {
            String text = context.text().qualifiedValue(bar.figure());
            Box b = bar.box();
            List<TextItem> places = new ArrayList<>();
            places.add(new TextItem(text, b.centerX(), b.y() - lift, font, Ink.DESTROYED, Anchor.MIDDLE));
            if (b.height() > font.size() * 2.2 && b.width() > measure.width(text, font) + 6) {
                // inside the top of the bar: in the background colour on a solid bar
                places.add(new TextItem(text, b.centerX(), b.y() + font.size() * 1.3, font,
                        bar.planned() ? Ink.DESTROYED : Ink.ON_BAR, Anchor.MIDDLE));
            }
            places.add(new TextItem(text, b.centerX(), b.y() - lift - font.size() * 1.2, font, Ink.DESTROYED,
                    Anchor.MIDDLE));
            place(places, box, taken, segments, measure).ifPresent(labels::add);
        }
        return labels;
    }

    /**
     * The first place inside the plot where the label overlaps nothing; none when there is no
     * such place (a small chart then leaves the value to the tooltip and the table).
     */
    private static Optional<TextItem> place(List<TextItem> places, Box plot, List<Box> taken, List<Segment> segments,
                                            TextMeasure measure) {
        Optional<TextItem> chosen = places.stream().filter(p -> inside(p.bounds(measure), plot))
                .filter(p -> free(p.bounds(measure), taken, segments)).findFirst();
        chosen.ifPresent(label -> taken.add(label.bounds(measure)));
        return chosen;
    }

    private static boolean inside(Box label, Box plot) {
        // a label may rise into the row above the plot, where only the axis title is (reserved)
        return label.x() >= plot.x() && label.right() <= plot.right() && label.y() >= plot.y() - label.height()
                && label.bottom() <= plot.bottom();
    }

    private static boolean free(Box label, List<Box> taken, List<Segment> segments) {
        Box padded = new Box(label.x() - 4, label.y() - 3, label.width() + 8, label.height() + 6);
        return taken.stream().noneMatch(padded::intersects) && segments.stream().noneMatch(s -> s.crosses(padded));
    }

    private static Mark mark(Figure figure, Box bounds, Context context) {
        return new Mark(figure, bounds, context.text().tooltip(figure, context.set()));
    }

    /** Label every year, or every 2nd, 5th or 10th when years are too narrow for their labels. */
    private static int yearStride(double pixelsPerYear, Context context) {
        double needed = context.measure().width("2000", context.tickFont()) + context.tickFont().size();
        for (int stride : new int[] {1, 2, 5, 10, 20, 50}) {
            if (pixelsPerYear * stride >= needed) {
                return stride;
            }
        }
        return 100;
    }

    private static double column(Box box, double from, double to, double year) {
        return box.x() + (year - from) / (to - from) * box.width();
    }

    private static double row(ValueAxis axis, Box box, double value) {
        return box.bottom() - axis.fraction(value) * box.height();
    }
}
