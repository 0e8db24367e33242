package org.fieldbook.ui.footnotes;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.reader.ReaderDocument.Citation;

/**
 * The footnote side panel: a list of footnote cards; those of the section in view first.
 * Selecting a footnote anywhere selects and scrolls to its card here.
 */
public final class FootnotesView extends BorderPane {
    private final FootnotesViewModel model;
    private final Messages messages;
    private final ListView<FootnoteItem> list = new ListView<>();
    private boolean updating;

    public FootnotesView(FootnotesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("footnotes-pane");
        Label title = new Label(messages.get("footnotes.title"));
        title.getStyleClass().add("pane-title");
        setTop(title);
        list.setId("footnoteList");
        list.setItems(model.items());
        list.setCellFactory(view -> new FootnoteCell());
        list.setPlaceholder(new Label(messages.get("footnotes.empty")));
        list.setAccessibleText(messages.get("footnotes.title"));
        setCenter(list);

        model.selectedFootnoteProperty().addListener((obs, old, now) -> reveal(now));
        model.items().addListener((javafx.collections.ListChangeListener<FootnoteItem>) change ->
                reveal(model.selectedFootnoteProperty().get()));
        // Enter on a footnote goes to the first place that cites it
        list.setOnKeyPressed(e -> {
            FootnoteItem item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && item != null && item.isCited()) {
                model.openCitation(item.citations().get(0));
                e.consume();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                model.select(now.number());
            }
        });
    }

    public ListView<FootnoteItem> list() {
        return list;
    }

    private void reveal(Integer number) {
        if (number == null) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).number() == number) {
                updating = true;
                try {
                    list.getSelectionModel().select(i);
                } finally {
                    updating = false;
                }
                list.scrollTo(i);
                return;
            }
        }
    }

    private final class FootnoteCell extends ListCell<FootnoteItem> {
        private final Label number = new Label();
        private final Label text = new Label();
        private final Label note = new Label();
        private final FlowPane links = new FlowPane(4, 2);
        private final VBox box = new VBox(4, new HBox(8, number, note), text, links);

        FootnoteCell() {
            getStyleClass().add("footnote-cell");
            number.getStyleClass().add("footnote-number");
            note.getStyleClass().add("footnote-note");
            text.getStyleClass().add("footnote-text");
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            links.getStyleClass().add("footnote-links");
            links.setAlignment(Pos.CENTER_LEFT);
            box.setFillWidth(true);
            // wrap to the list's width, not to the longest footnote
            box.maxWidthProperty().bind(list.widthProperty().subtract(36));
            box.prefWidthProperty().bind(list.widthProperty().subtract(36));
            text.maxWidthProperty().bind(box.maxWidthProperty());
        }

        @Override
        protected void updateItem(FootnoteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                getStyleClass().removeAll("missing", "here");
                return;
            }
            setText(null);
            number.setText("[" + item.number() + "]");
            getStyleClass().removeAll("missing", "here");
            if (item.inVisibleSection()) {
                getStyleClass().add("here");
            }
            note.setText(item.inVisibleSection() ? messages.get("footnotes.inSection") : "");
            if (item.isMissing()) {
                getStyleClass().add("missing");
                text.setText(messages.get("footnote.missing"));
            } else {
                text.setText(item.text());
            }
            links.getChildren().clear();
            if (!item.isCited()) {
                links.getChildren().add(new Label(messages.get("footnotes.notCited")));
            } else {
                links.getChildren().add(new Label(messages.get("footnotes.citedIn")));
                for (Citation citation : item.citations()) {
                    Hyperlink link = new Hyperlink(model.describe(citation));
                    link.setOnAction(e -> model.openCitation(citation));
                    links.getChildren().add(link);
                }
            }
            setGraphic(box);
        }
    }
}
