package org.fieldbook.ui.chart;

import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fieldbook.chart.ExportFormat;
import org.fieldbook.chart.ExportOptions;
import org.fieldbook.chart.FigureSet;
import org.fieldbook.settings.Settings.Theme;
import org.fieldbook.ui.chart.ChartViewModel.State;
import org.fieldbook.ui.common.Messages;

/**
 * The Chart tab: a bar with the scale switch, the export button and (for extracted figures)
 * a warning; the chart with the table of its figures under it; or, when there is nothing to
 * chart, a message that says why.
 */
public final class ChartView extends BorderPane {
    private final ChartPane chart;
    private final FigureTable table;

    private final ChartViewModel model;
    private final Messages messages;
    private ExportOptions lastOptions = new ExportOptions(ExportFormat.PNG, ExportOptions.DEFAULT_WIDTH,
            ExportOptions.DEFAULT_HEIGHT, 2, false);
    private File lastFolder;

    public ChartView(ChartViewModel model, Messages messages, ReadOnlyObjectProperty<Theme> theme) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("chart-view");
        chart = new ChartPane(model, theme);
        table = new FigureTable(model, messages);

        ToggleButton log = new ToggleButton(messages.get("chart.logScale"));
        log.setId("logScaleToggle");
        log.setTooltip(new Tooltip(messages.get("chart.logScale.tip")));
        log.selectedProperty().bindBidirectional(model.logScaleProperty());
        Button exportButton = new Button(messages.get("chart.export"));
        exportButton.setId("exportChartButton");
        exportButton.setTooltip(new Tooltip(messages.get("chart.export.tip")));
        exportButton.setOnAction(e -> export());
        Label banner = new Label();
        banner.setId("chartBanner");
        banner.getStyleClass().add("chart-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(banner, Priority.ALWAYS);
        log.setMinWidth(Region.USE_PREF_SIZE);
        exportButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, log, exportButton, banner);
        bar.getStyleClass().add("chart-tools");

        SplitPane split = new SplitPane(chart, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(table, false);
        Label empty = new Label();
        empty.setId("chartEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane centre = new StackPane(split, empty);
        setTop(bar);
        setCenter(centre);

        Runnable showState = () -> {
            State state = model.stateProperty().get();
            boolean charted = state == State.CURATED || state == State.EXTRACTED;
            split.setVisible(charted);
            empty.setVisible(!charted);
            empty.setText(charted ? "" : model.noteProperty().get());
            banner.setText(state == State.EXTRACTED ? model.noteProperty().get() : "");
            banner.setVisible(state == State.EXTRACTED);
            banner.setManaged(state == State.EXTRACTED);
            log.setDisable(!charted);
        };
        model.stateProperty().addListener((obs, old, now) -> showState.run());
        model.noteProperty().addListener((obs, old, now) -> showState.run());
        showState.run();
        exportButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canExport()
                || model.exportingProperty().get(), model.stateProperty(), model.exportingProperty()));
    }

    /**
     * File › Export chart…: asks for the format and size, then for the file; a name without
     * an extension gets the format's. The file chooser itself asks before replacing the file
     * it was given (GTK, Windows and macOS dialogs all do), so a second question comes only
     * when adding the extension names a different file that exists.
     */
    public void export() {
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (!model.canExport()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, messages.get("export.noChart"));
            none.initOwner(owner);
            none.showAndWait();
            return;
        }
        FigureSet set = model.figureSetProperty().get();
        String name = set.country() + ": " + set.profileType() + " " + set.year();
        ExportOptions seed = new ExportOptions(lastOptions.format(), lastOptions.width(), lastOptions.height(),
                lastOptions.scale(), model.logScaleProperty().get());
        Optional<ExportOptions> asked = new ExportDialog(owner, messages, name, seed).ask();
        if (asked.isEmpty()) {
            return;
        }
        ExportOptions options = asked.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("export.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("export.format." + options.format().extension()), "*." + options.format().extension()));
        chooser.setInitialFileName(model.suggestedFileName(options.format()));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        lastFolder = chosen.getParentFile();
        ChartViewModel.ExportTarget target = model.target(chosen.toPath(), options.format());
        if (target.needsConfirmation() && !confirmReplace(owner, target.file().toString())) {
            return;
        }
        lastOptions = new ExportOptions(target.format(), options.width(), options.height(), options.scale(),
                options.logScale());
        model.export(target.file(), lastOptions);
    }

    private boolean confirmReplace(Window owner, String file) {
        Alert replace = new Alert(Alert.AlertType.CONFIRMATION, messages.get("export.replace.text", file),
                ButtonType.OK, ButtonType.CANCEL);
        replace.initOwner(owner);
        replace.setTitle(messages.get("export.replace.title"));
        replace.setHeaderText(messages.get("export.replace.title"));
        return replace.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    ChartPane chart() {
        return chart;
    }

    FigureTable table() {
        return table;
    }
}
