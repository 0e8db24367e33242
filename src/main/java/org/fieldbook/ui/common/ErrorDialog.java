package org.fieldbook.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Unexpected failures on the JavaFX thread: each goes to the log, and the user sees one
 * dialog at a time that says what happened in a sentence, with the details (the stack
 * trace) on demand and where the log file is. Failures while the dialog is open are only logged.
 */
public final class ErrorDialog implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(ErrorDialog.class.getName());

    private final Window owner;
    private final Messages messages;
    private final Path logFile;
    private Alert showing;

    public ErrorDialog(Window owner, Messages messages, Path logFile) {
        this.owner = owner;
        this.messages = messages;
        this.logFile = logFile;
    }

    /** Makes this the handler of failures nobody caught on the JavaFX thread; call it on that thread. */
    public void install() {
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "unexpected failure on " + thread.getName(), failure);
        if (Platform.isFxApplicationThread()) {
            show(failure);
        } else {
            Platform.runLater(() -> show(failure));
        }
    }

    private void show(Throwable failure) {
        if (showing != null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.getDialogPane().setId("errorDialog");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.header"));
        alert.setContentText(messages.get("error.text", failure.getClass().getSimpleName(), logFile));
        TextArea details = new TextArea(stackTrace(failure));
        details.setId("errorDetails");
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.setOnHidden(e -> showing = null);
        showing = alert;
        alert.show();
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
