package org.fieldbook.ui.chart;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.fieldbook.chart.Box;
import org.fieldbook.chart.ChartLayout;
import org.fieldbook.chart.ChartPainter;
import org.fieldbook.chart.Mark;
import org.fieldbook.chart.Palette;
import org.fieldbook.model.Figure;
import org.fieldbook.settings.Settings.Theme;

/**
 * The chart on screen: drawn on a canvas by the same layout and painter as the exports, in
 * the window's theme, with an invisible target over each figure that carries its tooltip,
 * opens its footnote when clicked (or on Enter) and shows which figure is selected.
 */
final class ChartPane extends Region {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ChartViewModel model;
    private final ReadOnlyObjectProperty<Theme> theme;
    private final Canvas canvas = new Canvas();
    private final Pane targets = new Pane();
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    ChartPane(ChartViewModel model, ReadOnlyObjectProperty<Theme> theme) {
        this.model = model;
        this.theme = theme;
        setId("stockpileChart");
        getStyleClass().add("stockpile-chart");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        targets.setPickOnBounds(false);
        getChildren().addAll(canvas, targets);
        setMinSize(320, 240);
        model.figureSetProperty().addListener((obs, old, now) -> redraw());
        model.logScaleProperty().addListener((obs, old, now) -> redraw());
        model.selectedProperty().addListener((obs, old, now) -> markSelected());
        theme.addListener((obs, old, now) -> redraw());
    }

    @Override
    protected void layoutChildren() {
        targets.resizeRelocate(0, 0, getWidth(), getHeight());
        // redraw only when the size changed: rebuilding the targets asks for another layout pass
        if (getWidth() != drawnWidth || getHeight() != drawnHeight) {
            redraw();
        }
    }

    /** The targets over the figures, in the layout's order (tests click them). */
    List<Region> targets() {
        return targets.getChildren().stream().map(Region.class::cast).toList();
    }

    private void redraw() {
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        canvas.setWidth(drawnWidth);
        canvas.setHeight(drawnHeight);
        FxChartCanvas fx = new FxChartCanvas(canvas.getGraphicsContext2D());
        canvas.getGraphicsContext2D().clearRect(0, 0, drawnWidth, drawnHeight);
        ChartLayout layout = model.layout(drawnWidth, drawnHeight, fx);
        targets.getChildren().clear();
        if (layout == null) {
            return;
        }
        new ChartPainter(theme.get() == Theme.DARK ? Palette.DARK : Palette.LIGHT).paint(layout, fx);
        setAccessibleText(model.text().title(model.figureSetProperty().get()));
        for (Mark mark : layout.marks()) {
            targets.getChildren().add(target(mark));
        }
        markSelected();
    }

    private Region target(Mark mark) {
        Region target = new Region();
        target.getStyleClass().add("chart-mark");
        target.setUserData(mark.figure());
        Box b = mark.bounds();
        target.setManaged(false);
        target.resizeRelocate(b.x(), b.y(), b.width(), b.height());
        Tooltip tooltip = new Tooltip(mark.tooltip());
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setShowDuration(Duration.seconds(60));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        Tooltip.install(target, tooltip);
        target.setAccessibleRole(AccessibleRole.BUTTON);
        target.setAccessibleText(mark.tooltip().lines().findFirst().orElse(""));
        target.setFocusTraversable(true);
        target.setOnMouseClicked(e -> model.open(mark.figure()));
        target.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.open(mark.figure());
                e.consume();
            }
        });
        return target;
    }

    private void markSelected() {
        Figure selected = model.selectedProperty().get();
        targets.getChildren().forEach(t -> t.pseudoClassStateChanged(SELECTED, t.getUserData() == selected
                && selected != null));
    }
}
