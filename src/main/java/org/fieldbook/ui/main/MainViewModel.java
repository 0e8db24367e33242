package org.fieldbook.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.fieldbook.catalogue.CatalogueService;
import org.fieldbook.chart.ChartService;
import org.fieldbook.importer.ImportService;
import org.fieldbook.library.LibraryService;
import java.util.function.Consumer;
import org.fieldbook.model.BlockPosition;
import org.fieldbook.model.Mention;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.SearchHit;
import org.fieldbook.search.SearchService;
import org.fieldbook.settings.Settings;
import org.fieldbook.settings.Settings.Theme;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.catalogue.CatalogueViewModel;
import org.fieldbook.ui.chart.ChartViewModel;
import org.fieldbook.ui.common.UiExecutor;
import org.fieldbook.ui.footnotes.FootnotesViewModel;
import org.fieldbook.ui.imports.ImportViewModel;
import org.fieldbook.ui.library.LibraryTreeViewModel;
import org.fieldbook.ui.reader.ReaderDocument;
import org.fieldbook.ui.reader.ReaderDocument.Citation;
import org.fieldbook.ui.reader.ReaderViewModel;
import org.fieldbook.ui.search.SearchViewModel;

/**
 * The window's state: the open report and place, shared by the tree, the reader and the
 * footnote panel; navigation with back and forward; zoom and theme; the status line.
 */
public final class MainViewModel {
    private static final Logger LOG = Logger.getLogger(MainViewModel.class.getName());
    static final double ZOOM_STEP = 1.1;

    private final LibraryService library;
    private final UiExecutor executor;
    private final Messages messages;
    private final NavigationHistory history = new NavigationHistory();

    private final ObjectProperty<ReaderDocument> document = new SimpleObjectProperty<>();
    private final IntegerProperty visibleSection = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Integer> selectedFootnote = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper reportCount = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    /** Counts the requests to bring the reader to the front (a footnote opened from the chart). */
    private final ReadOnlyIntegerWrapper readerRequests = new ReadOnlyIntegerWrapper(0);

    private final LibraryTreeViewModel tree;
    private final ReaderViewModel reader;
    private final FootnotesViewModel footnotes;
    private final SearchViewModel search;
    private final ImportViewModel imports;
    private final CatalogueViewModel catalogue;
    private final ChartViewModel chart;
    private UiExecutor.Job loading;

    public MainViewModel(LibraryService library, SearchService searchService, ImportService importService,
                         CatalogueService catalogueService, ChartService chartService, UiExecutor executor,
                         Messages messages) {
        this.library = library;
        this.executor = executor;
        this.messages = messages;
        this.tree = new LibraryTreeViewModel(library, executor, this::libraryCounted);
        this.reader = new ReaderViewModel(document, visibleSection, this::openFootnote, messages);
        this.footnotes = new FootnotesViewModel(document, visibleSection, selectedFootnote, this::openParagraph,
                messages);
        this.search = new SearchViewModel(searchService, executor, messages, this::openReportId, this::openSearchHit);
        this.catalogue = new CatalogueViewModel(catalogueService, executor, messages, this::openMention);
        this.chart = new ChartViewModel(chartService, executor, messages, document, this::openFootnoteInReader,
                message::set);
        this.imports = new ImportViewModel(importService, executor, messages, this::libraryChanged);
        visibleSection.addListener((obs, old, now) -> sectionScrolled(now.intValue()));
        document.addListener((obs, old, now) -> updateStatus());
    }

    /** Loads the list of reports, then reopens the last place, if any. */
    public void start(Settings settings) {
        zoom.set(settings.zoom());
        theme.set(settings.theme());
        tree.refresh();
        if (settings.lastReport() != null) {
            try {
                open(Place.sectionTop(ReportId.parse(settings.lastReport()), settings.lastSection()), List.of());
            } catch (IllegalArgumentException e) {
                LOG.info("ignoring a last report that is not an id: " + settings.lastReport());
            }
        }
    }

    /** The settings to keep, from what the user did this session. */
    public Settings remember(Settings settings) {
        Optional<Place> place = history.current();
        return settings.withZoom(zoom.get()).withTheme(theme.get())
                .withLastPlace(place.map(p -> p.report().toString()).orElse(null), place.map(Place::section).orElse(0));
    }

    /** Opens a section of a report (from the tree), recording it in the history. */
    public void openSection(ReportId report, int section) {
        open(Place.sectionTop(report, section), List.of());
    }

    /** Opens a place and records it in the history; {@code highlight} are terms to mark there. */
    public void open(Place place, List<String> highlight) {
        history.visit(place);
        go(place, highlight);
    }

    public void back() {
        history.back().ifPresent(place -> go(place, List.of()));
    }

    public void forward() {
        history.forward().ifPresent(place -> go(place, List.of()));
    }

    private void go(Place place, List<String> highlight) {
        updateHistoryState();
        withDocument(place.report(), shown -> showPlace(place, highlight));
    }

    /** Runs {@code then} with the report's document: the one shown, or loaded in the background. */
    private void withDocument(ReportId id, Consumer<ReaderDocument> then) {
        ReaderDocument shown = document.get();
        if (shown != null && shown.report().id().equals(id)) {
            then.accept(shown);
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        loading = executor.submit(progress -> library.find(id), found -> {
            if (found.isEmpty()) {
                message.set(messages.get("report.gone", id));
                return;
            }
            ReaderDocument loaded = ReaderDocument.of(found.get(), messages);
            document.set(loaded);
            then.accept(loaded);
        }, failure -> {
            LOG.log(Level.SEVERE, "cannot open " + id, failure);
            message.set(messages.get("report.failed", id, failure.getMessage()));
        });
    }

    private void showPlace(Place place, List<String> highlight) {
        reader.show(place.section(), place.paragraph());
        if (highlight.isEmpty()) {
            reader.clearHighlight();
        } else {
            reader.highlight(place.section(), place.paragraph(), highlight);
        }
    }

    private void openParagraph(int section, int paragraph) {
        ReportId id = openReportId();
        if (id != null) {
            open(new Place(id, section, paragraph), List.of());
        }
    }

    /** Selects a footnote in the panel (a click on its marker in the text). */
    public void openFootnote(int number) {
        selectedFootnote.set(null);
        selectedFootnote.set(number);
    }

    /**
     * Opens a footnote in the reader (a figure clicked in the chart): the paragraph that first
     * cites it comes into view, the footnote is selected in the panel, and the reader comes
     * to the front.
     */
    public void openFootnoteInReader(int number) {
        ReaderDocument shown = document.get();
        if (shown == null) {
            return;
        }
        List<Citation> citations = shown.citationsOf(number);
        if (!citations.isEmpty()) {
            open(new Place(shown.report().id(), citations.get(0).section(), citations.get(0).paragraph()), List.of());
        }
        openFootnote(number);
        readerRequests.set(readerRequests.get() + 1);
    }

    /** Opens a search result at its passage, with the matched words highlighted. */
    public void openSearchHit(SearchHit hit) {
        List<String> terms = hit.highlights().stream()
                .map(r -> hit.snippet().substring(r.start(), r.end())).distinct().toList();
        ReportId id = hit.reportId();
        withDocument(id, shown -> {
            if (hit.kind() == PassageKind.FOOTNOTE) {
                open(history.current().filter(p -> p.report().equals(id)).orElse(Place.sectionTop(id, 0)), List.of());
                openFootnote(hit.footnoteNumber());
                return;
            }
            BlockPosition position = shown.report().positionOfBlock(hit.blockOrdinal())
                    .orElse(new BlockPosition(hit.sectionOrdinal() == null ? 0 : hit.sectionOrdinal(), -1));
            open(new Place(id, position.section(), position.index()), terms);
        });
    }

    /**
     * Opens a passage that mentions a mine type, with the mine's name highlighted there. A
     * footnote is shown where the text first cites it (its marker highlighted), and is
     * selected in the footnote panel.
     */
    public void openMention(Mention mention) {
        withDocument(mention.reportId(), shown -> {
            MentionTarget target = MentionTarget.of(mention, shown);
            history.visit(target.place());
            updateHistoryState();
            reader.show(target.place().section(), target.place().paragraph());
            reader.highlightRanges(target.place().section(), target.place().paragraph(), target.ranges());
            if (target.footnote() != null) {
                openFootnote(target.footnote());
            }
        });
    }

    /** After an import: the tree, the catalogue (once its tab has been shown), and the chart (an import may bring figures for the open report). */
    private void libraryChanged() {
        tree.refresh();
        catalogue.refresh();
        chart.reload();
    }

    private void sectionScrolled(int section) {
        history.current().filter(p -> p.section() != section && section >= 0)
                .ifPresent(p -> history.update(Place.sectionTop(p.report(), section)));
    }

    private void libraryCounted(int count) {
        reportCount.set(count);
        updateStatus();
    }

    private void updateStatus() {
        int count = reportCount.get();
        String reports = count < 0 ? messages.get("status.loading") : messages.get("status.reports", count);
        ReaderDocument shown = document.get();
        if (shown == null) {
            status.set(reports);
            return;
        }
        Report report = shown.report();
        status.set(messages.get("status.report", reports, report.lastUpdatedDate()
                .map(ReaderDocument::formatDate).orElse(messages.get("status.noDate"))));
    }

    private void updateHistoryState() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    public void zoomIn() {
        zoom.set(Math.min(Settings.MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(Settings.MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    public void zoomReset() {
        zoom.set(1.0);
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** The id of the open report, or null. */
    public ReportId openReportId() {
        ReaderDocument shown = document.get();
        return shown == null ? null : shown.report().id();
    }

    public void dismissMessage() {
        message.set("");
    }

    public ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return document;
    }

    public ReadOnlyIntegerProperty visibleSectionProperty() {
        return visibleSection;
    }

    public ReadOnlyIntegerProperty reportCountProperty() {
        return reportCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A one-line message for the user (a report that could not be opened), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public LibraryTreeViewModel tree() {
        return tree;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public FootnotesViewModel footnotes() {
        return footnotes;
    }

    public SearchViewModel search() {
        return search;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public CatalogueViewModel catalogue() {
        return catalogue;
    }

    public ChartViewModel chart() {
        return chart;
    }

    /** Changes each time something asks for the reader to be brought to the front. */
    public ReadOnlyIntegerProperty readerRequestsProperty() {
        return readerRequests.getReadOnlyProperty();
    }
}
