package org.fieldbook.settings;

/**
 * What Fieldbook remembers between runs: the window's place and size, the theme, the
 * reader's zoom and the last open place. A value of {@code NaN} for a window coordinate
 * means "not known yet": the window then takes its default place.
 *
 * @param lastReport  the id of the last open report, or null
 * @param lastSection the section of that report that was shown
 */
public record Settings(double windowX, double windowY, double windowWidth, double windowHeight, boolean maximized,
                       Theme theme, double zoom, String lastReport, int lastSection, double treeDivider,
                       double footnoteDivider) {

    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;

    public enum Theme { LIGHT, DARK }

    public Settings {
        theme = theme == null ? Theme.LIGHT : theme;
        zoom = Double.isFinite(zoom) ? Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom)) : 1.0;
        windowWidth = sizeOr(windowWidth, 1280);
        windowHeight = sizeOr(windowHeight, 800);
        treeDivider = fractionOr(treeDivider, 0.22);
        footnoteDivider = fractionOr(footnoteDivider, 0.72);
    }

    /** What a first start uses. */
    public static Settings defaults() {
        return new Settings(Double.NaN, Double.NaN, 1280, 800, false, Theme.LIGHT, 1.0, null, 0, 0.22, 0.72);
    }

    public boolean hasWindowPosition() {
        return Double.isFinite(windowX) && Double.isFinite(windowY);
    }

    public Settings withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new Settings(x, y, width, height, isMaximized, theme, zoom, lastReport, lastSection, treeDivider,
                footnoteDivider);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, newTheme, zoom, lastReport,
                lastSection, treeDivider, footnoteDivider);
    }

    public Settings withZoom(double newZoom) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, newZoom, lastReport,
                lastSection, treeDivider, footnoteDivider);
    }

    public Settings withLastPlace(String report, int section) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, zoom, report, section,
                treeDivider, footnoteDivider);
    }

    public Settings withDividers(double tree, double footnotes) {
        return new Settings(windowX, windowY, windowWidth, windowHeight, maximized, theme, zoom, lastReport,
                lastSection, tree, footnotes);
    }

    private static double sizeOr(double value, double fallback) {
        return Double.isFinite(value) && value >= 200 ? value : fallback;
    }

    private static double fractionOr(double value, double fallback) {
        return Double.isFinite(value) && value > 0.05 && value < 0.95 ? value : fallback;
    }
}
