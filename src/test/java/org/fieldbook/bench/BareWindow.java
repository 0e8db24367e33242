package org.fieldbook.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fieldbook.StartupTrace;

/**
 * The floor for start-up: one Stage with one Label, traced like Fieldbook's window
 * ({@code -Dfieldbook.startup.trace=true}). Run by bench/first-frame.sh. The main class
 * does not extend Application, as with Fieldbook's own launcher.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The bare window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Fieldbook")), 1280, 800);
            stage.setScene(scene);
            StartupTrace.onNextFrame(scene, "first-frame");
            stage.show();
        }
    }
}
