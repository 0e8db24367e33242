package org.fieldbook.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.fieldbook.AppContext;
import org.fieldbook.settings.Settings;
import org.fieldbook.ui.common.FxUiExecutor;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.main.MainView;
import org.fieldbook.ui.main.MainViewModel;

/**
 * The longest stall of the FX thread while a user works in the real window ({@link MainView}
 * on a library): opening the library in the shown window (the tree of every report), typing queries into the search
 * field one character at a time (debounce, search as you type, results list), opening
 * countries in the tree, and importing files with the import panel and its progress.
 * Runs in its own JVM (JavaFX starts once per process); prints its result as JSON.
 *
 * <p>Usage: {@code StallBench --library FILE --import DIR [--queries N] [--keystroke-ms MS] [--diagnose]};
 * {@code --diagnose} prints where the FX thread was during stalls ({@link StallSampler}).
 */
public final class StallBench {
    private static final long TIMEOUT_SECONDS = 600;

    private final FrameGaps gaps = new FrameGaps();
    private final Map<String, Object> result = new LinkedHashMap<>();
    private MainViewModel model;
    private Scene scene;

    public static void main(String[] args) throws Exception {
        BenchArgs parsed = BenchArgs.parse(args);
        Platform.startup(() -> { });
        StallBench bench = new StallBench();
        StallSampler sampler = parsed.flag("--diagnose") ? new StallSampler(bench.gaps, fx(Thread::currentThread)) : null;
        if (sampler != null) {
            sampler.start();
        }
        try (AppContext context = AppContext.open(parsed.path("--library", null));
             FxUiExecutor executor = new FxUiExecutor()) {
            bench.run(context, executor, parsed.path("--import", null), parsed.integer("--queries", 12),
                    parsed.integer("--keystroke-ms", 110));
        }
        if (sampler != null) {
            System.err.println("FX thread while stalled (samples every 5 ms, innermost Fieldbook frames):");
            System.err.println(sampler.report());
        }
        System.out.println(BenchJson.write(bench.result));
        Platform.exit();
        System.exit(0);
    }

    private void run(AppContext context, FxUiExecutor executor, Path importDir, int queries, int keystrokeMillis)
            throws Exception {
        fx(() -> {
            Stage stage = new Stage();
            model = new MainViewModel(context.libraryService(), context.searchService(), context.importService(),
                    context.catalogueService(), context.chartService(), executor, Messages.english());
            MainView view = new MainView(model, Messages.english(), stage::close);
            scene = new Scene(view, 1280, 800);
            view.attach(scene);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        // the window's own first frame is start-up (the first-frame row), not a stall: count from when it is up
        pause(500);
        fx(() -> {
            gaps.start();
            model.start(Settings.defaults());
            return null;
        });
        waitUntil(() -> model.tree().loadedProperty().get());
        pause(500);
        phase("open");

        TextField field = fx(() -> (TextField) scene.lookup("#searchField"));
        List<String> words = SearchQueries.WORD.draw(CorpusGenerator.DEFAULT_SEED + 1, 2 * queries);
        for (int q = 0; q < queries; q++) {
            String typed = words.get(2 * q) + " " + words.get(2 * q + 1);
            fx(() -> {
                field.clear();
                return null;
            });
            for (char c : typed.toCharArray()) {
                fx(() -> {
                    field.appendText(String.valueOf(c));
                    return null;
                });
                pause(keystrokeMillis);
            }
            pause(400);
            waitUntil(() -> !model.search().searchingProperty().get());
        }
        phase("searchAsYouType");

        @SuppressWarnings("unchecked")
        TreeView<Object> tree = fx(() -> (TreeView<Object>) scene.lookup("#libraryTree"));
        int countries = fx(() -> tree.getRoot().getChildren().size());
        for (int i = 0; i < Math.min(10, countries); i++) {
            int index = i;
            fx(() -> {
                TreeItem<Object> country = tree.getRoot().getChildren().get(index);
                country.setExpanded(true);
                return null;
            });
            pause(150);
        }
        phase("browseTree");

        List<Path> files = CorpusFiles.inImportOrder(importDir);
        fx(() -> {
            model.imports().importFiles(files);
            return null;
        });
        waitUntil(() -> model.imports().runningProperty().get());
        waitUntil(() -> !model.imports().runningProperty().get());
        // then the tree lists the library again (a re-import replaces reports: the count may not change)
        pause(2_500);
        phase("import");
        result.put("importedFiles", files.size());
        result.put("reports", model.reportCountProperty().get());
    }

    /** Ends a phase: records its longest gap and how many gaps passed 50 ms, then starts the next. */
    private void phase(String name) throws Exception {
        fx(() -> {
            result.put(name + "MaxGapMs", gaps.longestMillis());
            result.put(name + "GapsOver50Ms", gaps.gapsOverFiftyMillis());
            result.put(name + "MaxBusyMs", gaps.longestBusyMillis());
            gaps.reset();
            return null;
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not get there in " + TIMEOUT_SECONDS + " s");
            }
            pause(50);
        }
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
