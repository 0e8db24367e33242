package org.fieldbook.ui.catalogue;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.fieldbook.ui.common.Messages;

/** The catalogue as a sortable table: name, role, mechanism, self-destruct, mentions, reports. */
final class CatalogueTable {
    private CatalogueTable() {
    }

    static TableView<CatalogueRow> create(CatalogueViewModel model, Messages messages) {
        TableView<CatalogueRow> table = new TableView<>();
        table.setId("catalogueTable");
        table.getStyleClass().add("catalogue-table");
        SortedList<CatalogueRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("catalogue.empty")));
        table.setAccessibleText(messages.get("catalogue.accessible"));
        table.getColumns().add(column(messages.get("catalogue.column.name"), CatalogueRow::name, 110));
        table.getColumns().add(column(messages.get("catalogue.column.role"), CatalogueRow::role, 115));
        String hint = messages.get("catalogue.unconfirmedHint");
        table.getColumns().add(hinted(column(messages.get("catalogue.column.mechanism"), CatalogueRow::mechanism, 190),
                hint));
        table.getColumns().add(hinted(column(messages.get("catalogue.column.selfDestruct"), CatalogueRow::selfDestruct,
                100), hint));
        TableColumn<CatalogueRow, Integer> mentions = column(messages.get("catalogue.column.mentions"),
                CatalogueRow::mentions, 75);
        TableColumn<CatalogueRow, Integer> reports = column(messages.get("catalogue.column.reports"),
                CatalogueRow::reports, 70);
        mentions.getStyleClass().add("number-column");
        reports.getStyleClass().add("number-column");
        table.getColumns().add(mentions);
        table.getColumns().add(reports);
        return table;
    }

    /** The column's header, with a tooltip that explains its marks. */
    private static <T> TableColumn<CatalogueRow, T> hinted(TableColumn<CatalogueRow, T> column, String hint) {
        Label header = new Label(column.getText());
        header.setTooltip(new Tooltip(hint));
        column.setText(null);
        column.setGraphic(header);
        return column;
    }

    private static <T> TableColumn<CatalogueRow, T> column(String title, Function<CatalogueRow, T> value, double width) {
        TableColumn<CatalogueRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(50);
        return column;
    }
}
