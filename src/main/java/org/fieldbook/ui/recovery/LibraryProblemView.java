package org.fieldbook.ui.recovery;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fieldbook.library.LibraryRecovery.Action;
import org.fieldbook.library.LibraryRecovery.Diagnosis;
import org.fieldbook.ui.common.Messages;

/**
 * Shown in place of the main view when the library cannot be opened: what is wrong, in
 * words, and the ways out that can work for it (Rebuild library, Try again, Quit).
 */
public final class LibraryProblemView extends VBox {

    public LibraryProblemView(Diagnosis diagnosis, Messages messages, Consumer<Action> onAction) {
        setId("libraryProblem");
        getStyleClass().add("library-problem");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        setPadding(new Insets(32));
        setMaxWidth(720);
        Label title = new Label(diagnosis.title());
        title.setId("libraryProblemTitle");
        title.getStyleClass().add("library-problem-title");
        title.setStyle("-fx-font-size: 1.5em; -fx-font-weight: bold;");
        Label text = new Label(diagnosis.explanation());
        text.setId("libraryProblemText");
        text.setWrapText(true);
        HBox buttons = new HBox(12);
        for (Action action : diagnosis.actions()) {
            Button button = new Button(messages.get(key(action)));
            button.setId(key(action).replace("problem.", "") + "Button");
            button.setDefaultButton(action == diagnosis.actions().get(0));
            button.setOnAction(e -> {
                buttons.getChildren().forEach(b -> b.setDisable(true));
                onAction.accept(action);
            });
            buttons.getChildren().add(button);
        }
        getChildren().addAll(title, text, buttons);
    }

    private static String key(Action action) {
        return switch (action) {
            case REBUILD -> "problem.rebuildLibrary";
            case RETRY -> "problem.retry";
            case QUIT -> "problem.quit";
        };
    }
}
