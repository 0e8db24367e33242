package org.fieldbook.ui.imports;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fieldbook.importer.Problem;
import org.fieldbook.ui.common.Messages;

/**
 * The import panel under the reader: progress while files import, then every problem as
 * {@code file:line: severity: message}, which the user can select and copy.
 */
public final class ProblemsView extends BorderPane {
    private final ImportViewModel model;
    private final ListView<Problem> list = new ListView<>();

    public ProblemsView(ImportViewModel model, Messages messages) {
        this.model = model;
        setId("importPanel");
        getStyleClass().add("problems-pane");
        Label status = new Label();
        status.setId("importStatus");
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        Button cancel = new Button(messages.get("import.cancel"));
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        Button copy = new Button(messages.get("problems.copy"));
        copy.setId("copyProblems");
        copy.disableProperty().bind(Bindings.isEmpty(model.problems()));
        copy.setOnAction(e -> copy(model.problemsText()));
        Button close = new Button(messages.get("problems.close"));
        close.setOnAction(e -> model.dismiss());
        close.disableProperty().bind(model.runningProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, status, progress, gap, cancel, copy, close);
        bar.getStyleClass().add("problems-bar");
        setTop(bar);

        list.setId("problemList");
        list.setItems(model.problems());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                getStyleClass().removeAll("error", "warning", "info");
                setText(empty || problem == null ? null : problem.toString());
                if (!empty && problem != null) {
                    getStyleClass().add(problem.severity().label());
                }
            }
        });
        KeyCombination copyKey = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        list.setOnKeyPressed(e -> {
            if (copyKey.match(e)) {
                StringBuilder text = new StringBuilder();
                list.getSelectionModel().getSelectedItems().forEach(p -> text.append(p).append('\n'));
                copy(text.toString());
                e.consume();
            }
        });
        list.setPrefHeight(150);
        list.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        list.managedProperty().bind(list.visibleProperty());
        setCenter(list);
        visibleProperty().bind(model.runningProperty().or(Bindings.isNotEmpty(model.statusProperty())));
        managedProperty().bind(visibleProperty());
    }

    public ListView<Problem> list() {
        return list;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
