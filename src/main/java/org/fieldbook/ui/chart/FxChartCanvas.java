package org.fieldbook.ui.chart;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.fieldbook.chart.ChartCanvas;
import org.fieldbook.chart.ChartFont;
import org.fieldbook.chart.Rgb;

/**
 * The window's back end of the chart renderer: draws on a JavaFX canvas, measuring text with
 * JavaFX's own fonts, so that the chart on screen is laid out for what the screen shows.
 */
final class FxChartCanvas implements ChartCanvas {
    private static final String FAMILY = "SansSerif";

    private final GraphicsContext g;
    private final Map<ChartFont, Font> fonts = new HashMap<>();
    private final Text probe = new Text();

    FxChartCanvas(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public double width(String text, ChartFont font) {
        probe.setFont(font(font));
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Override
    public void rect(double x, double y, double width, double height, Rgb fill, Rgb stroke, double strokeWidth,
                     boolean dashed) {
        if (fill != null) {
            g.setFill(color(fill));
            g.fillRect(x, y, width, height);
        }
        if (stroke != null) {
            stroke(stroke, strokeWidth, dashed);
            g.strokeRect(x, y, width, height);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double width, boolean dashed) {
        stroke(stroke, width, dashed);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void circle(double cx, double cy, double radius, Rgb fill, Rgb stroke, double strokeWidth) {
        if (fill != null) {
            g.setFill(color(fill));
            g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }
        if (stroke != null) {
            stroke(stroke, strokeWidth, false);
            g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, Rgb colour, Anchor anchor) {
        g.setFont(font(font));
        g.setFill(color(colour));
        g.setTextAlign(switch (anchor) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, y);
    }

    private void stroke(Rgb stroke, double width, boolean dashed) {
        g.setStroke(color(stroke));
        g.setLineWidth(width);
        g.setLineCap(dashed ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
        g.setLineDashes(dashed ? ChartCanvas.dashes(width) : null);
    }

    private Font font(ChartFont font) {
        return fonts.computeIfAbsent(font, f -> Font.font(FAMILY, f.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                f.size()));
    }

    private static Color color(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue(), rgb.alpha());
    }
}
