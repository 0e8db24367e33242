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
        getColumns().add(column(messages.get("chart.table.value"), 130, text::qualifiedValue));
        getColumns().add(column(messages.get("chart.table.measure"), 150, f -> f.place() == null ? text.measure(f)
                : text.measure(f) + " (" + f.place() + ")"));
        getColumns().add(column(messages.get("chart.table.when"), 115, f -> text.period(f.period())));
        getColumns().add(column(messages.get("chart.table.mines"), 130, f -> text.get("chart.mines." + f.mines().code())));
        getColumns().add(column(messages.get("chart.table.kind"), 110, f -> text.get("chart.qualifier."
                + f.qualifier().code()) + ", " + text.get("chart.kind." + f.kind().code())));
        getColumns().add(column(messages.get("chart.table.footnote"), 75, f -> f.footnote() == null ? ""
                : "[" + f.footnote() + "]"));
        getColumns().add(column(messages.get("chart.table.origin"), 85, f -> messages.get(f.origin()
                == FigureOrigin.EXTRACTED ? "chart.origin.extracted.short" : "chart.origin.curated.short")));
        TableColumn<Figure, String> sentence = column(messages.get("chart.table.sentence"), 400,
                f -> f.derivation() == null ? f.sentence() : f.sentence() + " (" + f.derivation() + ")");
        sentence.setCellFactory(c -> new SentenceCell());
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

    private static TableColumn<Figure, String> column(String title, double width, Function<Figure, String> value) {
        TableColumn<Figure, String> column = new TableColumn<>(title);
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
