package org.fieldbook.ui.catalogue;

import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.fieldbook.model.MineRole;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SnippetCell;

/**
 * The catalogue tab: a lookup field that selects the best match as the user types (with
 * suggestions), role and mechanism filters, the sortable table, the selected entry's card,
 * and the passages that mention it, which open in the reader.
 */
public final class CatalogueView extends BorderPane {
    private final CatalogueViewModel model;
    private final TextField search = new TextField();
    private final TableView<CatalogueRow> table;
    private final MineCardView card;
    private final ListView<MentionItem> mentionList = new ListView<>();
    private boolean syncing;

    public CatalogueView(CatalogueViewModel model, Messages messages) {
        this.model = model;
        getStyleClass().add("catalogue-pane");
        table = CatalogueTable.create(model, messages);
        search.setId("catalogueSearch");
        search.setPromptText(messages.get("catalogue.search.prompt"));
        search.setAccessibleText(messages.get("catalogue.search.prompt"));
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(search,
                request -> model.suggestions(request.getUserText()));
        completion.setVisibleRowCount(CatalogueViewModel.SUGGESTIONS);
        completion.setOnAutoCompleted(event -> model.search(event.getCompletion()));
        // the suggestions are a window of their own: give them the window's theme
        completion.getAutoCompletionPopup().setOnShowing(event -> completion.getAutoCompletionPopup().getScene()
                .getStylesheets().setAll(getScene().getStylesheets()));
        search.textProperty().addListener((obs, old, now) -> model.search(now));
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (event.getCode() == KeyCode.DOWN) {
                table.requestFocus();
            }
        });
        // Enter goes to the mentions, where Enter again opens the first in the reader
        search.setOnAction(event -> {
            if (!mentionList.getItems().isEmpty()) {
                mentionList.getSelectionModel().selectFirst();
                mentionList.requestFocus();
            }
        });
        FilterBox<MineRole> roles = new FilterBox<>(FXCollections.observableArrayList(MineRole.values()),
                model::roleText, messages.get("catalogue.filter.allRoles"), model.roleFilterProperty());
        roles.node().setId("catalogueRoleFilter");
        roles.node().setAccessibleText(messages.get("catalogue.filter.role"));
        FilterBox<String> mechanisms = new FilterBox<>(model.mechanisms(), m -> m,
                messages.get("catalogue.filter.allMechanisms"), model.mechanismFilterProperty());
        mechanisms.node().setId("catalogueMechanismFilter");
        mechanisms.node().setAccessibleText(messages.get("catalogue.filter.mechanism"));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(160);
        Label status = new Label();
        status.setId("catalogueStatus");
        status.getStyleClass().add("search-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.textProperty().bind(model.searchStatusProperty());
        VBox top = new VBox(6, new HBox(8, search, roles.node(), mechanisms.node()), status);
        top.getStyleClass().add("catalogue-top");
        setTop(top);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> reveal(now));
        card = new MineCardView(messages);
        ScrollPane cardScroll = new ScrollPane(card);
        model.cardProperty().addListener((obs, old, now) -> {
            card.show(now);
            cardScroll.setVvalue(0);
        });
        cardScroll.setFitToWidth(true);
        cardScroll.getStyleClass().add("card-scroll");
        setCenter(centre(cardScroll, mentions(messages)));
    }

    private SplitPane centre(ScrollPane cardScroll, VBox mentions) {
        SplitPane details = new SplitPane(cardScroll, mentions);
        details.setDividerPositions(0.55);
        SplitPane centre = new SplitPane(table, details);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.42);
        return centre;
    }

    private VBox mentions(Messages messages) {
        Label title = new Label(messages.get("catalogue.mentions.title"));
        title.getStyleClass().add("pane-title");
        Label status = new Label();
        status.setId("mentionStatus");
        status.getStyleClass().add("search-status");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.textProperty().bind(model.mentionsStatusProperty());
        mentionList.setId("mentionList");
        mentionList.setItems(model.mentions());
        mentionList.setCellFactory(list -> new SnippetCell<>(list, MentionItem::place, item -> item.snippet().text(),
                item -> item.snippet().highlights()));
        mentionList.setPlaceholder(new Label(""));
        mentionList.setAccessibleText(messages.get("catalogue.mentions.title"));
        mentionList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                openSelected();
            }
        });
        mentionList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        VBox box = new VBox(4, title, status, mentionList);
        box.getStyleClass().add("mentions-pane");
        VBox.setVgrow(mentionList, Priority.ALWAYS);
        return box;
    }

    /** Puts the cursor in the lookup field with its text selected (Ctrl+L). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void reveal(CatalogueRow row) {
        syncing = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            syncing = false;
        }
    }

    private void openSelected() {
        MentionItem item = mentionList.getSelectionModel().getSelectedItem();
        if (item != null) {
            model.open(item);
        }
    }
}
