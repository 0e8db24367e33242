package org.fieldbook.ui.common;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: view model tests need no toolkit and no waiting. */
public final class SameThreadUiExecutor implements UiExecutor {
    private int submitted;

    @Override
    public <T> Job submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure,
                          ProgressListener onProgress) {
        submitted++;
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    onProgress.progress(total <= 0 ? -1 : (double) done / total, message);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return finished();
        }
        onSuccess.accept(result);
        return finished();
    }

    /** How many pieces of work were submitted. */
    public int submitted() {
        return submitted;
    }

    private static Job finished() {
        return new Job() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
