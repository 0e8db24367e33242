package org.fieldbook.chart;

/** A rectangle of the chart, in chart pixels from the top left. */
public record Box(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    public boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** This box grown to at least {@code minWidth} by {@code minHeight} around its centre (a target easy to hit). */
    public Box atLeast(double minWidth, double minHeight) {
        double w = Math.max(width, minWidth);
        double h = Math.max(height, minHeight);
        return new Box(centerX() - w / 2, centerY() - h / 2, w, h);
    }
}
