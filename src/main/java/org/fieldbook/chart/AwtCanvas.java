package org.fieldbook.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Draws the chart with {@code java.awt} (into the PNG's image); no display needed. */
final class AwtCanvas implements ChartCanvas {
    private final Graphics2D g;
    private final AwtTextMeasure measure;

    /** @param g where to draw, already scaled from chart pixels to image pixels */
    AwtCanvas(Graphics2D g, AwtTextMeasure measure) {
        this.g = g;
        this.measure = measure;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    @Override
    public double width(String text, ChartFont font) {
        return measure.width(text, font);
    }

    @Override
    public void rect(double x, double y, double width, double height, Rgb fill, Rgb stroke, double strokeWidth,
                     boolean dashed) {
        Rectangle2D shape = new Rectangle2D.Double(x, y, width, height);
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(color(stroke));
            g.setStroke(stroke(strokeWidth, dashed));
            g.draw(shape);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double width, boolean dashed) {
        g.setColor(color(stroke));
        g.setStroke(stroke(width, dashed));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void circle(double cx, double cy, double radius, Rgb fill, Rgb stroke, double strokeWidth) {
        Ellipse2D shape = new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(color(stroke));
            g.setStroke(stroke(strokeWidth, false));
            g.draw(shape);
        }
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, Rgb colour, Anchor anchor) {
        g.setFont(measure.font(font));
        g.setColor(color(colour));
        double width = anchor == Anchor.START ? 0 : measure.width(text, font);
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        g.drawString(text, (float) left, (float) y);
    }

    static BasicStroke stroke(double width, boolean dashed) {
        float w = (float) width;
        double[] dashes = ChartCanvas.dashes(width);
        return dashed ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {(float) dashes[0], (float) dashes[1]}, 0)
                : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue(), (int) Math.round(rgb.alpha() * 255));
    }
}
