package org.fieldbook.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The window's {@link UiExecutor}: one named background thread (the library is one SQLite
 * connection, so its work is serial anyway) and {@link Task} to hand results to the FX thread.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fieldbook-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                          ProgressListener onProgress) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        updateMessage(message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.progressProperty().addListener((obs, old, now) -> onProgress.progress(now.doubleValue(), task.getMessage()));
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        worker.execute(task);
        return new Job() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
