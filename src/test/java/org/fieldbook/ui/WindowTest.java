package org.fieldbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fieldbook.AppContext;
import org.fieldbook.settings.Settings;
import org.fieldbook.ui.common.FxUiExecutor;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.main.MainView;
import org.fieldbook.ui.main.MainViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window at 1280x800 on a fresh library filled with the bundled seed, headless on
 * Monocle, for tests that drive it as a user does (nodes found by id). Each test gets its own
 * library and window.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    @TempDir
    protected static Path dir;

    protected AppContext context;
    protected FxUiExecutor executor;
    protected MainViewModel model;
    protected MainView view;

    /** Shows the window on {@code stage}: each test class calls it from its {@code @Start} (TestFX looks for that in the class itself). */
    protected void show(Stage stage) throws IOException {
        context = Fixtures.library(Files.createTempDirectory(dir, "library"));
        executor = new FxUiExecutor();
        model = Fixtures.mainViewModel(context, executor);
        view = new MainView(model, Messages.english(), stage::close);
        Scene scene = new Scene(view, 1280, 800);
        view.attach(scene);
        stage.setScene(scene);
        model.start(Settings.defaults());
        stage.show();
    }

    @AfterEach
    void closeLibrary() {
        executor.close();
        context.close();
    }

    /** Waits (at most 10 s) for the condition, then for the FX thread to catch up. */
    protected static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
