package org.fieldbook.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fieldbook.LogFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An unexpected failure on the FX thread: logged, and one dialog with the details on demand. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {
    @TempDir
    Path dir;

    Stage stage;
    LogFile log;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide);
            Thread.currentThread().setUncaughtExceptionHandler(null);
        });
        if (log != null) {
            log.close();
        }
    }

    @Test
    void twoFailuresGiveOneDialogWithDetailsAndBothGoToTheLog(FxRobot robot) throws Exception {
        log = LogFile.install(dir);
        robot.interact(() -> new ErrorDialog(stage, Messages.english(), log.current()).install());

        Platform.runLater(() -> {
            throw new IllegalStateException("first failure");
        });
        Platform.runLater(() -> {
            throw new IllegalArgumentException("second failure");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#errorDialog").queryAll()).hasSize(1);
        DialogPane pane = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("IllegalStateException", log.current().toString())
                .doesNotContain("\tat ");
        assertThat(((TextArea) pane.getExpandableContent()).getText()).contains("first failure", "\tat ");
        assertThat(pane.isExpanded()).as("details only on demand").isFalse();
        assertThat(Files.readString(log.current())).contains("first failure", "second failure");
    }
}
