package org.fieldbook.ui.search;

import javafx.animation.PauseTransition;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.SearchHit;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SnippetCell;

/**
 * The search panel: a field that searches as the user types (after a short pause), a
 * "this report only" filter, and the results with the match highlighted. Enter or a click
 * opens a result.
 */
public final class SearchView extends BorderPane {
    static final Duration DEBOUNCE = Duration.millis(250);

    private final SearchViewModel model;
    private final Messages messages;
    private final TextField field = new TextField();
    private final ListView<SearchHit> results = new ListView<>();

    public SearchView(SearchViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("search-pane");
        field.setId("searchField");
        field.setPromptText(messages.get("search.prompt"));
        field.setAccessibleText(messages.get("search.prompt"));
        CheckBox thisReport = new CheckBox(messages.get("search.thisReport"));
        thisReport.setId("searchThisReport");
        thisReport.selectedProperty().bindBidirectional(model.currentReportOnlyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.searchingProperty());
        Label status = new Label();
        status.setId("searchStatus");
        status.getStyleClass().add("search-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox statusRow = new HBox(6, busy, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox top = new VBox(6, field, thisReport, statusRow);
        top.getStyleClass().add("search-top");
        setTop(top);

        results.setId("searchResults");
        results.setItems(model.results());
        results.setCellFactory(list -> new SnippetCell<>(list, this::place, hit -> hit.snippet().replace('\n', ' '),
                SearchHit::highlights));
        results.setPlaceholder(new Label(""));
        setCenter(results);

        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> model.search(field.getText()));
        field.textProperty().addListener((obs, old, now) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            if (!results.getItems().isEmpty()) {
                results.getSelectionModel().selectFirst();
                results.requestFocus();
            } else {
                model.search(field.getText());
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.getSelectionModel().selectFirst();
                results.requestFocus();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                openSelected();
            }
        });
    }

    /** Puts the cursor in the search field with its text selected (Ctrl+F). */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField field() {
        return field;
    }

    public ListView<SearchHit> results() {
        return results;
    }

    private void openSelected() {
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        if (hit != null) {
            model.open(hit);
        }
    }

    private String place(SearchHit hit) {
        return messages.get("search.place", hit.country(), hit.profileType(), String.valueOf(hit.year()), where(hit));
    }

    private String where(SearchHit hit) {
        if (hit.kind() == PassageKind.FOOTNOTE) {
            return messages.get("search.footnote", hit.footnoteNumber());
        }
        return hit.sectionTitle() == null ? messages.get("section.untitled") : hit.sectionTitle();
    }
}
