package org.fieldbook.ui.chart;

import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.fieldbook.chart.ExportFormat;
import org.fieldbook.chart.ExportOptions;
import org.fieldbook.ui.common.Messages;

/** Asks how to export the chart: format, size in pixels, scale (2x for high-density screens), axis. */
final class ExportDialog extends Dialog<ExportOptions> {
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(ExportFormat.values()));
    private final Spinner<Integer> width = new Spinner<>(ExportOptions.MIN_WIDTH, ExportOptions.MAX_SIDE,
            ExportOptions.DEFAULT_WIDTH, 10);
    private final Spinner<Integer> height = new Spinner<>(ExportOptions.MIN_HEIGHT, ExportOptions.MAX_SIDE,
            ExportOptions.DEFAULT_HEIGHT, 10);
    private final ChoiceBox<Double> scale = new ChoiceBox<>(FXCollections.observableArrayList(1.0, 1.5, 2.0, 3.0, 4.0));
    private final CheckBox log;
    private final Label hint = new Label();
    private final Messages messages;

    ExportDialog(Window owner, Messages messages, String reportName, ExportOptions last) {
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("export.title"));
        setHeaderText(messages.get("export.header", reportName));
        log = new CheckBox(messages.get("export.logScale"));
        format.setId("exportFormat");
        format.setConverter(converter(f -> messages.get("export.format." + f.extension())));
        scale.setConverter(converter(s -> messages.get("export.scale.value",
                s == Math.rint(s) ? String.valueOf(s.intValue()) : String.valueOf(s))));
        width.setEditable(true);
        height.setEditable(true);
        format.setValue(last.format());
        width.getValueFactory().setValue(last.width());
        height.getValueFactory().setValue(last.height());
        scale.setValue(last.scale());
        log.setSelected(last.logScale());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("export.format")), format);
        grid.addRow(1, new Label(messages.get("export.width")), width);
        grid.addRow(2, new Label(messages.get("export.height")), height);
        Label scaleHint = new Label(messages.get("export.scale.hint"));
        scaleHint.getStyleClass().add("export-hint");
        grid.addRow(3, new Label(messages.get("export.scale")), new HBox(10, scale, scaleHint));
        grid.add(log, 1, 4);
        grid.add(hint, 0, 5, 2, 1);
        hint.getStyleClass().add("export-hint");
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        format.valueProperty().addListener((obs, old, now) -> update());
        width.valueProperty().addListener((obs, old, now) -> update());
        height.valueProperty().addListener((obs, old, now) -> update());
        scale.valueProperty().addListener((obs, old, now) -> update());
        update();
        setResultConverter(button -> button == ButtonType.OK ? options() : null);
    }

    /** Shows the dialog and waits: the options chosen, or empty when cancelled. */
    Optional<ExportOptions> ask() {
        return showAndWait();
    }

    private ExportOptions options() {
        commit(width);
        commit(height);
        return new ExportOptions(format.getValue(), width.getValue(), height.getValue(), scale.getValue(),
                log.isSelected());
    }

    private void update() {
        ExportFormat chosen = format.getValue();
        width.setDisable(chosen == ExportFormat.CSV);
        height.setDisable(chosen == ExportFormat.CSV);
        scale.setDisable(chosen != ExportFormat.PNG);
        log.setDisable(chosen == ExportFormat.CSV);
        hint.setText(switch (chosen) {
            case PNG -> messages.get("export.size.png", Math.round(width.getValue() * scale.getValue()),
                    Math.round(height.getValue() * scale.getValue()));
            case SVG -> messages.get("export.size.svg");
            case CSV -> messages.get("export.size.csv");
        });
    }

    /** Takes a number typed into a spinner, which JavaFX only reads on Enter (out-of-range values are clamped). */
    private static void commit(Spinner<Integer> spinner) {
        try {
            int typed = Integer.parseInt(spinner.getEditor().getText().strip());
            spinner.getValueFactory().setValue(typed);
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
