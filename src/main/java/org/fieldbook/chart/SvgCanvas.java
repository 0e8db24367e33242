package org.fieldbook.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes the chart as an SVG document: shapes as vector elements, every text as a
 * {@code <text>} in the generic {@code sans-serif} family, each figure in a group whose
 * {@code <title>} is its tooltip (browsers show it on hover). Standalone SVG 1.1 with a
 * viewBox, so browsers and Inkscape open it at any size.
 */
final class SvgCanvas implements ChartCanvas {
    private final StringBuilder svg = new StringBuilder(32 * 1024);
    private final TextMeasure measure;

    SvgCanvas(double width, double height, String title, String description, TextMeasure measure) {
        this.measure = measure;
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
           .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
           .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
           .append(n(height)).append("\" font-family=\"sans-serif\">\n")
           .append("<title>").append(escape(title)).append("</title>\n")
           .append("<desc>").append(escape(description)).append("</desc>\n");
    }

    @Override
    public double width(String text, ChartFont font) {
        return measure.width(text, font);
    }

    @Override
    public void rect(double x, double y, double width, double height, Rgb fill, Rgb stroke, double strokeWidth,
                     boolean dashed) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width))
           .append("\" height=\"").append(n(height)).append('"');
        fill(fill);
        stroke(stroke, strokeWidth, dashed);
        svg.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Rgb stroke, double width, boolean dashed) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
           .append("\" y2=\"").append(n(y2)).append('"');
        stroke(stroke, width, dashed);
        svg.append(dashed ? "" : " stroke-linecap=\"round\"").append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double radius, Rgb fill, Rgb stroke, double strokeWidth) {
        svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(radius))
           .append('"');
        fill(fill);
        stroke(stroke, strokeWidth, false);
        svg.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, ChartFont font, Rgb colour, Anchor anchor) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
           .append(n(font.size())).append('"');
        if (font.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            svg.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        fill(colour);
        svg.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void beginGroup(String role, String tooltip) {
        svg.append("<g class=\"").append(escape(role)).append("\">");
        if (tooltip != null) {
            svg.append("<title>").append(escape(tooltip)).append("</title>");
        }
        svg.append('\n');
    }

    @Override
    public void endGroup() {
        svg.append("</g>\n");
    }

    /** The finished document. */
    String finish() {
        return svg + "</svg>\n";
    }

    private void fill(Rgb fill) {
        svg.append(" fill=\"").append(fill == null ? "none" : fill.hex()).append('"');
        if (fill != null && fill.alpha() < 1) {
            svg.append(" fill-opacity=\"").append(n(fill.alpha())).append('"');
        }
    }

    private void stroke(Rgb stroke, double width, boolean dashed) {
        if (stroke == null) {
            return;
        }
        svg.append(" stroke=\"").append(stroke.hex()).append("\" stroke-width=\"").append(n(width)).append('"');
        if (stroke.alpha() < 1) {
            svg.append(" stroke-opacity=\"").append(n(stroke.alpha())).append('"');
        }
        if (dashed) {
            double[] dashes = ChartCanvas.dashes(width);
            svg.append(" stroke-dasharray=\"").append(n(dashes[0])).append(' ').append(n(dashes[1])).append('"');
        }
    }

    /** A coordinate with at most two decimals and no exponent: "12.5", "300". */
    static String n(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 allows no control characters but tab and line ends
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
