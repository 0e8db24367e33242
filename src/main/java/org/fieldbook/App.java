package org.fieldbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.fieldbook.library.DataDirectory;
import org.fieldbook.library.LibraryLock;
import org.fieldbook.library.LibraryRecovery;
import org.fieldbook.settings.Settings;
import org.fieldbook.settings.SettingsStore;
import org.fieldbook.storage.StorageException;
import org.fieldbook.ui.common.ErrorDialog;
import org.fieldbook.ui.common.FxUiExecutor;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.main.MainView;
import org.fieldbook.ui.main.MainViewModel;
import org.fieldbook.ui.recovery.LibraryProblemView;

/**
 * The window. The first frame shows at once; the library is opened (and, on first start,
 * filled) on the background thread, and the main view replaces the placeholder when ready.
 * Settings are read before the window exists and written when it closes. The window holds
 * the library's lock for its whole life; when the library cannot be opened it shows what is
 * wrong and the ways out ({@link LibraryRecovery}) instead of the main view.
 * The library opens once the first frame is laid out, so that it never competes with the
 * first frame for the processor.
 */
public final class App extends Application {
    private static final Logger LOG = Logger.getLogger(App.class.getName());
    /**
     * The settings, read on another thread while {@link Application#launch} starts the
     * toolkit; handed over through a static field because JavaFX makes the App instance.
     */
    private static volatile CompletableFuture<Settings> settingsRead;

    private Path libraryFile;
    private SettingsStore settingsStore;
    private Settings settings;
    private FxUiExecutor executor;
    private AppContext context;
    private MainViewModel model;
    private MainView view;
    private Stage stage;
    private Messages messages;
    private Label opening;
    private LibraryRecovery recovery;
    /** Taken and released on the worker thread. */
    private volatile LibraryLock lock;

    /** Opens the window on {@code libraryFile} and returns when it is closed. */
    public static void launchWindow(Path libraryFile) {
        SettingsStore store = settingsStore(libraryFile);
        settingsRead = CompletableFuture.supplyAsync(store::load);
        Application.launch(App.class, "--library=" + libraryFile);
    }

    private static SettingsStore settingsStore(Path libraryFile) {
        return new SettingsStore(libraryFile.resolveSibling("settings.json"));
    }

    @Override
    public void init() {
        // runs on the launcher thread, before the FX thread exists: file reads are fine here
        libraryFile = Path.of(getParameters().getNamed().get("library"));
        settingsStore = settingsStore(libraryFile);
        CompletableFuture<Settings> read = settingsRead;
        settings = read != null ? read.join() : settingsStore.load();
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        executor = new FxUiExecutor();
        messages = new Messages(Locale.getDefault());
        recovery = new LibraryRecovery(libraryFile, Clock.systemDefaultZone());
        new ErrorDialog(stage, messages, DataDirectory.forCurrentUser().resolve("fieldbook.0.log")).install();
        opening = new Label(messages.get("window.opening"));
        opening.getStyleClass().add("empty-state");
        StackPane placeholder = new StackPane(opening);
        Scene scene = new Scene(placeholder, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().setAll(sheet("fieldbook.css"),
                sheet(settings.theme() == Settings.Theme.DARK ? "theme-dark.css" : "theme-light.css"));
        stage.setScene(scene);
        stage.setTitle(messages.get("window.title"));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        placeWindow();
        StartupTrace.onNextFrame(scene, "first-frame");
        afterFirstLayout(scene, () -> openLibrary(false));
        stage.show();
    }

    /** Runs {@code then} once, after the next pulse has laid out {@code scene}. */
    private static void afterFirstLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Opens the library on the worker (after keeping a damaged one aside, for a rebuild) and shows it. */
    private void openLibrary(boolean rebuild) {
        Scene scene = stage.getScene();
        opening.setText(messages.get(rebuild ? "problem.rebuilding" : "window.opening"));
        if (rebuild || !(scene.getRoot() instanceof StackPane)) {
            scene.setRoot(new StackPane(opening));
        }
        executor.submit(progress -> {
            if (lock == null) {
                lock = LibraryLock.acquire(libraryFile, "window", Duration.ZERO);
            }
            if (rebuild) {
                recovery.setAside();
            }
            return AppContext.open(libraryFile);
        }, opened -> {
            context = opened;
            model = new MainViewModel(opened.libraryService(), opened.searchService(), opened.importService(),
                    opened.catalogueService(), opened.chartService(), executor, messages);
            view = new MainView(model, messages, stage::close);
            scene.setRoot(view);
            view.attach(scene);
            view.restoreDividers(settings);
            model.documentProperty().addListener((obs, old, now) -> stage.setTitle(now == null
                    ? messages.get("window.title")
                    : messages.get("window.title.report", now.report().country(), now.report().profileType(),
                            String.valueOf(now.report().year()))));
            StartupTrace.onNextFrame(scene, "library-shown");
            model.tree().loadedProperty().addListener((obs, was, loaded) -> {
                if (loaded && !was) {
                    StartupTrace.onNextFrame(scene, "library-listed");
                }
            });
            model.start(settings);
            // damage that opening does not see (pages overwritten on disk): after the first work is queued
            executor.submit(progress -> {
                opened.checkIntegrity();
                return null;
            }, ok -> { }, this::showProblem);
        }, this::showProblem);
    }

    /** Replaces whatever the window shows with what is wrong with the library and the ways out. */
    private void showProblem(Throwable failure) {
        if (failure instanceof StorageException) {
            LOG.warning(() -> "cannot use the library: " + failure.getMessage());  // a known trouble: no stack
        } else {
            LOG.log(Level.SEVERE, "cannot use the library " + libraryFile, failure);
        }
        AppContext open = context;
        context = null;
        model = null;
        executor.submit(progress -> {
            if (open != null) {
                open.close();
            }
            return null;
        }, done -> { }, closeFailure -> LOG.log(Level.WARNING, "closing the damaged library failed", closeFailure));
        stage.getScene().setRoot(new StackPane(new LibraryProblemView(recovery.diagnose(failure), messages, action -> {
            switch (action) {
                case REBUILD -> openLibrary(true);
                case RETRY -> openLibrary(false);
                case QUIT -> stage.close();
            }
        })));
    }

    private String sheet(String name) {
        return getClass().getResource("/org/fieldbook/ui/" + name).toExternalForm();
    }

    private void placeWindow() {
        if (settings.hasWindowPosition()) {
            Rectangle2D bounds = new Rectangle2D(settings.windowX(), settings.windowY(), settings.windowWidth(),
                    settings.windowHeight());
            // only where a screen still shows it (a projector may have gone since)
            if (!Screen.getScreensForRectangle(bounds).isEmpty()) {
                stage.setX(settings.windowX());
                stage.setY(settings.windowY());
            }
        }
        stage.setMaximized(settings.maximized());
    }

    @Override
    public void stop() {
        Settings toSave = settings;
        if (stage != null) {
            boolean maximized = stage.isMaximized();
            toSave = maximized ? toSave.withWindow(toSave.windowX(), toSave.windowY(), toSave.windowWidth(),
                    toSave.windowHeight(), true)
                    : toSave.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
        if (model != null) {
            toSave = view.rememberDividers(model.remember(toSave));
        }
        Settings finalSettings = toSave;
        executor.submit(progress -> {
            saveSettings(finalSettings);
            if (context != null) {
                context.close();
            }
            if (lock != null) {
                lock.close();
            }
            return null;
        }, done -> { }, failure -> LOG.log(Level.WARNING, "closing failed", failure));
        executor.close();
        Platform.exit();
    }

    private void saveSettings(Settings toSave) {
        try {
            settingsStore.save(toSave);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save settings to " + settingsStore.file(), e);
        }
    }
}
