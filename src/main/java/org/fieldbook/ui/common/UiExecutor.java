package org.fieldbook.ui.common;

import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and delivers its result, failure and progress on it.
 * View models use this for everything that touches the library or files; tests use a
 * same-thread implementation.
 */
public interface UiExecutor {

    /** Work to run in the background; it may report progress and should stop when cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** What a piece of work can tell while it runs. */
    interface Progress {
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    /** Receives progress on the UI thread: a fraction from 0 to 1 (or -1 when unknown) and a message. */
    @FunctionalInterface
    interface ProgressListener {
        ProgressListener NONE = (fraction, message) -> { };

        void progress(double fraction, String message);
    }

    /** A submitted piece of work. Once cancelled, none of its callbacks is delivered. */
    interface Job {
        void cancel();

        boolean isDone();
    }

    <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                   ProgressListener onProgress);

    default <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        return submit(work, onSuccess, onFailure, ProgressListener.NONE);
    }
}
