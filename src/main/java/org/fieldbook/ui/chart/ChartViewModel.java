package org.fieldbook.ui.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.chart.ChartLayout;
import org.fieldbook.chart.ChartService;
import org.fieldbook.chart.ChartText;
import org.fieldbook.chart.ExportFormat;
import org.fieldbook.chart.ExportOptions;
import org.fieldbook.chart.FigureSet;
import org.fieldbook.chart.TextMeasure;
import org.fieldbook.model.Figure;
import org.fieldbook.model.ReportId;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UiExecutor;
import org.fieldbook.ui.reader.ReaderDocument;

/**
 * The Chart tab: the open report's figures (curated, or extracted from its text, or none),
 * the scale, the figure picked in the chart or the table, opening a figure's footnote in the
 * reader, and the export. Loading and exporting run in the background.
 */
public final class ChartViewModel {
    private static final Logger LOG = Logger.getLogger(ChartViewModel.class.getName());

    /** What the tab shows. */
    public enum State { NO_REPORT, LOADING, EMPTY, CURATED, EXTRACTED, FAILED }

    /** Where an export will go: the chosen file, with the format's extension added when it had none. */
    public record ExportTarget(Path file, ExportFormat format, boolean renamed) {
        /**
         * True when the file exists and the user has not confirmed replacing it yet: the file
         * chooser asks about the name it was given, so only a renamed file needs asking again.
         */
        public boolean needsConfirmation() {
            return renamed && Files.exists(file);
        }
    }

    private final ChartService charts;
    private final UiExecutor executor;
    private final Messages messages;
    private final ChartText text;
    private final ReadOnlyObjectProperty<ReaderDocument> document;
    private final IntConsumer footnoteOpener;
    private final Consumer<String> notifier;
    private final ReadOnlyObjectWrapper<FigureSet> figureSet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_REPORT);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final BooleanProperty logScale = new SimpleBooleanProperty(false);
    private final ObjectProperty<Figure> selected = new SimpleObjectProperty<>();
    private UiExecutor.Job loading;

    /**
     * @param document       the report open in the window
     * @param footnoteOpener opens a footnote in the reader (select it, show where it is cited)
     * @param notifier       shows the user a one-line message
     */
    public ChartViewModel(ChartService charts, UiExecutor executor, Messages messages,
                          ReadOnlyObjectProperty<ReaderDocument> document, IntConsumer footnoteOpener,
                          Consumer<String> notifier) {
        this.charts = charts;
        this.executor = executor;
        this.messages = messages;
        this.text = new ChartText(messages.bundle().getLocale());
        this.document = document;
        this.footnoteOpener = footnoteOpener;
        this.notifier = notifier;
        note.set(messages.get("chart.empty.noReport"));
        document.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.report().id().equals(now.report().id())) {
                reload();
            }
        });
    }

    /** Loads the open report's figures again (after an import, for instance). */
    public void reload() {
        if (loading != null) {
            loading.cancel();
        }
        ReaderDocument shown = document.get();
        selected.set(null);
        if (shown == null) {
            show(null, State.NO_REPORT, messages.get("chart.empty.noReport"));
            return;
        }
        ReportId id = shown.report().id();
        state.set(State.LOADING);
        note.set(messages.get("chart.loading"));
        loading = executor.submit(progress -> charts.figureSet(id), this::loaded, failure -> {
            LOG.log(Level.WARNING, "cannot load the figures of " + id, failure);
            show(null, State.FAILED, messages.get("chart.failed", id, failure.getMessage()));
        });
    }

    private void loaded(FigureSet set) {
        if (set.isEmpty()) {
            show(set, State.EMPTY, messages.get("chart.empty.noFigures", set.country(), set.profileType(),
                    String.valueOf(set.year())));
        } else if (set.isExtracted()) {
            show(set, State.EXTRACTED, messages.get("chart.extracted", set.figures().size()));
        } else {
            show(set, State.CURATED, "");
        }
    }

    private void show(FigureSet set, State now, String message) {
        figureSet.set(set);
        figures.setAll(set == null ? List.of() : set.figures());
        note.set(message);
        state.set(now);
    }

    /** A figure picked in the chart or the table: selects it and opens its footnote in the reader. */
    public void open(Figure figure) {
        selected.set(figure);
        if (figure.footnote() != null) {
            footnoteOpener.accept(figure.footnote());
        } else {
            notifier.accept(messages.get("chart.noFootnote"));
        }
    }

    /** The chart laid out at a size, as {@code measure} measures text; null when there is nothing to chart. */
    public ChartLayout layout(double width, double height, TextMeasure measure) {
        FigureSet set = figureSet.get();
        if (set == null || set.isEmpty() || width < 1 || height < 1) {
            return null;
        }
        return ChartLayout.of(set, width, height, logScale.get(), measure, text);
    }

    /** "russian-federation-mine-ban-policy-2021-stockpile.png" */
    public String suggestedFileName(ExportFormat format) {
        FigureSet set = figureSet.get();
        String stem = set == null ? "stockpile" : set.report().toString().replace('/', '-') + "-stockpile";
        return stem + "." + format.extension();
    }

    /** The file an export chosen as {@code chosen} goes to: its extension says the format, else {@code format} does. */
    public ExportTarget target(Path chosen, ExportFormat format) {
        return ExportFormat.ofFile(chosen).map(named -> new ExportTarget(chosen, named, false))
                .orElseGet(() -> new ExportTarget(chosen.resolveSibling(chosen.getFileName() + "." + format.extension()),
                        format, true));
    }

    /** Exports the chart shown (in the print palette) in the background and says how it went. */
    public void export(Path file, ExportOptions options) {
        FigureSet set = figureSet.get();
        if (set == null || set.isEmpty() || exporting.get()) {
            return;
        }
        exporting.set(true);
        executor.submit(progress -> {
            charts.exporter().export(set, options, file);
            return file;
        }, done -> {
            exporting.set(false);
            notifier.accept(messages.get("chart.exported", done));
        }, failure -> {
            exporting.set(false);
            LOG.log(Level.WARNING, "export to " + file + " failed", failure);
            notifier.accept(messages.get("chart.exportFailed", failure.getMessage()));
        });
    }

    public ReadOnlyObjectProperty<FigureSet> figureSetProperty() {
        return figureSet.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What to say instead of a chart (no report, no figures) or above it (extracted figures); else empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** True when there is a chart to export. */
    public boolean canExport() {
        return state.get() == State.CURATED || state.get() == State.EXTRACTED;
    }

    /** The figures shown, in the table's order. */
    public ObservableList<Figure> figures() {
        return FXCollections.unmodifiableObservableList(figures);
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public ObjectProperty<Figure> selectedProperty() {
        return selected;
    }

    public ChartText text() {
        return text;
    }
}
