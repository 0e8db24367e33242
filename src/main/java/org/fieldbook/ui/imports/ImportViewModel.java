package org.fieldbook.ui.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.importer.FileOutcome;
import org.fieldbook.importer.ImportService;
import org.fieldbook.importer.Problem;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UiExecutor;

/**
 * Imports the files a user chose or dropped, in the background with progress; lists every
 * problem as {@code file:line: severity: message}. A file with errors changes nothing.
 */
public final class ImportViewModel {
    /** How often the progress and the file being imported are shown. */
    public static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private static final Logger LOG = Logger.getLogger(ImportViewModel.class.getName());

    private final ImportService importer;
    private final UiExecutor executor;
    private final Messages messages;
    private final Runnable libraryChanged;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a throw-away view would be dropped with it. */
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    /** When progress was last shown (System.nanoTime; FX thread only). */
    private long lastShown;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private UiExecutor.Job job;

    public ImportViewModel(ImportService importer, UiExecutor executor, Messages messages, Runnable libraryChanged) {
        this.importer = importer;
        this.executor = executor;
        this.messages = messages;
        this.libraryChanged = libraryChanged;
    }

    public ObservableList<Problem> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Imports regular files among {@code paths}; does nothing while an import runs. */
    public void importFiles(List<Path> paths) {
        List<Path> files = paths.stream().filter(Files::isRegularFile).toList();
        if (running.get() || files.isEmpty()) {
            return;
        }
        problems.clear();
        running.set(true);
        progress.set(0);
        lastShown = System.nanoTime() - PROGRESS_INTERVAL_NANOS;
        status.set(messages.get("import.running", files.size()));
        job = executor.submit(
                work -> importer.importFiles(files,
                        (done, total, outcome) -> work.update(done, total, outcome.file().getFileName().toString()),
                        work::isCancelled),
                this::finished,
                this::failed,
                (fraction, message) -> {
                    // a few times a second is enough to read; each change costs a layout and a frame
                    long now = System.nanoTime();
                    if (now - lastShown < PROGRESS_INTERVAL_NANOS) {
                        return;
                    }
                    lastShown = now;
                    progress.set(fraction);
                    if (message != null && !message.isEmpty()) {
                        status.set(messages.get("import.file", message));
                    }
                });
    }

    /** Stops after the file being imported; files already imported stay. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            running.set(false);
            status.set(messages.get("import.cancelled"));
            libraryChanged.run();
        }
    }

    /** Closes the panel: forgets the last import's problems and status. */
    public void dismiss() {
        if (!running.get()) {
            problems.clear();
            status.set("");
        }
    }

    /** All problems as text, one per line, for the clipboard. */
    public String problemsText() {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(p).append('\n'));
        return text.toString();
    }

    private void finished(List<FileOutcome> outcomes) {
        running.set(false);
        progress.set(1);
        long imported = outcomes.stream().filter(o -> !o.hasErrors()).count();
        long refused = outcomes.size() - imported;
        // one change for the whole list: an import of thousands of files has thousands of warnings
        problems.setAll(outcomes.stream().flatMap(o -> o.problems().stream()).toList());
        status.set(refused == 0 ? messages.get("import.done", imported)
                : messages.get("import.done.refused", imported, refused));
        if (imported > 0) {
            libraryChanged.run();
        }
    }

    private void failed(Throwable failure) {
        LOG.log(Level.SEVERE, "import failed", failure);
        running.set(false);
        status.set(messages.get("import.failed", failure.getMessage()));
        libraryChanged.run();
    }
}
