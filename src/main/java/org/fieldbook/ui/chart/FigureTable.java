package org.fieldbook.ui.chart;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fieldbook.chart.ChartText;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.MineScope;
import org.fieldbook.ui.common.Messages;

/**
 * The figures of the chart as a table, under it: one row per figure with its source.
 * Extracted figures are marked; a double click or Enter opens a figure's footnote.
 */
final class FigureTable extends TableView<Figure> {
    private static final PseudoClass EXTRACTED = PseudoClass.getPseudoClass("extracted");

    private final ChartViewModel model;
    private boolean updating;

    FigureTable(ChartViewModel model, Messages messages) {
        this.model = model;
        ChartText text = model.text();
        setId("figureTable");
        getStyleClass().add("figure-table");
        setItems(model.figures());
        setPlaceholder(new Label(messages.get("chart.table.empty")));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column(messages.get("chart.table.value"), 140, text::qualifiedValue));
        getColumns().add(column(messages.get("chart.table.measure"), 200, f -> measure(f, text)));
        getColumns().add(column(messages.get("chart.table.when"), 120, f -> text.period(f.period())));
        getColumns().add(column(messages.get("chart.table.kind"), 80, f -> text.get("chart.kind." + f.kind().code())));
        getColumns().add(column(messages.get("chart.table.footnote"), 75, f -> f.footnote() == null ? ""
                : "[" + f.footnote() + "]"));
        getColumns().add(column(messages.get("chart.table.origin"), 75, f -> messages.get(f.origin()
                == FigureOrigin.EXTRACTED ? "chart.origin.extracted.short" : "chart.origin.curated.short")));
        TableColumn<Figure, String> sentence = column(messages.get("chart.table.sentence"), 220,
                f -> f.derivation() == null ? f.sentence() : f.sentence() + " (" + f.derivation() + ")");
        sentence.setCellFactory(c -> new SentenceCell());
        sentence.setPrefWidth(480);
        getColumns().add(sentence);

        setRowFactory(view -> {
            TableRow<Figure> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, now) -> row.pseudoClassStateChanged(EXTRACTED,
                    now != null && now.origin() == FigureOrigin.EXTRACTED));
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            Figure figure = getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && figure != null) {
                model.open(figure);
                e.consume();
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updating) {
                updating = true;
                model.selectedProperty().set(now);
                updating = false;
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (!updating) {
                updating = true;
                getSelectionModel().select(now);
                if (now != null) {
                    scrollTo(now);
                }
                updating = false;
            }
        });
    }

    /** "Held abroad (Tajikistan)", "Destroyed (all mine types)": the measure and what it counts when unusual. */
    private static String measure(Figure figure, ChartText text) {
        String measure = text.measure(figure);
        if (figure.place() != null) {
            measure += " (" + figure.place() + ")";
        }
        return figure.mines() == MineScope.ALL_TYPES ? measure + " (" + text.get("chart.mines.all-types") + ")"
                : measure;
    }

    private static TableColumn<Figure, String> column(String title, double width, Function<Figure, String> value) {
        TableColumn<Figure, String> column = new TableColumn<>(title);
        // as wide as their values: a narrow window scrolls the table sideways rather than cut values short
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The sentence on one line, the whole of it in a tooltip. */
    private static final class SentenceCell extends TableCell<Figure, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null ? null : wrapped(item));
        }

        private static Tooltip wrapped(String text) {
            Tooltip tooltip = new Tooltip(text);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            return tooltip;
        }
    }
}
