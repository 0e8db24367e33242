package org.fieldbook.ui.search;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.SearchHit;
import org.fieldbook.search.SearchService;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UiExecutor;

/**
 * Search as you type over the whole library (or the open report): each new query cancels
 * the one before, runs in the background, and replaces the results when it is done.
 */
public final class SearchViewModel {
    static final int LIMIT = 100;
    private static final Logger LOG = Logger.getLogger(SearchViewModel.class.getName());

    private final SearchService search;
    private final UiExecutor executor;
    private final Messages messages;
    private final Supplier<ReportId> openReport;
    private final Consumer<SearchHit> opener;
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a throw-away view would be dropped with it. */
    private final ObservableList<SearchHit> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty currentReportOnly = new SimpleBooleanProperty(false);
    private UiExecutor.Job running;
    private String lastQuery = "";

    public SearchViewModel(SearchService search, UiExecutor executor, Messages messages, Supplier<ReportId> openReport,
                           Consumer<SearchHit> opener) {
        this.search = search;
        this.executor = executor;
        this.messages = messages;
        this.openReport = openReport;
        this.opener = opener;
        status.set(messages.get("search.hint"));
        currentReportOnly.addListener((obs, old, now) -> search(lastQuery));
    }

    public ObservableList<SearchHit> results() {
        return resultsView;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** Whether to search only the report that is open. */
    public BooleanProperty currentReportOnlyProperty() {
        return currentReportOnly;
    }

    /** Searches for {@code text}, replacing the results; an empty text clears them. */
    public void search(String text) {
        lastQuery = text == null ? "" : text;
        if (running != null) {
            running.cancel();
        }
        if (lastQuery.isBlank()) {
            results.clear();
            searching.set(false);
            status.set(messages.get("search.hint"));
            return;
        }
        ReportId filter = currentReportOnly.get() ? openReport.get() : null;
        String query = asTyped(lastQuery);
        searching.set(true);
        String typed = lastQuery;
        running = executor.submit(progress -> search.search(query, LIMIT, filter),
                hits -> show(typed, hits),
                failure -> {
                    LOG.log(Level.WARNING, "search failed", failure);
                    searching.set(false);
                    results.clear();
                    status.set(messages.get("search.failed", failure.getMessage()));
                });
    }

    /**
     * While typing, the last word is still being written: search it as a prefix ("Wagn"
     * finds Wagner) unless it is short, quoted, already a prefix, or a designation (PMN-2).
     */
    static String asTyped(String text) {
        int start = text.lastIndexOf(' ') + 1;
        String last = text.substring(start);
        boolean word = last.length() >= 3 && last.chars().allMatch(Character::isLetter);
        return word ? text + "*" : text;
    }

    private void show(String query, List<SearchHit> hits) {
        searching.set(false);
        results.setAll(hits);
        if (hits.isEmpty()) {
            status.set(messages.get(currentReportOnly.get() ? "search.none.report" : "search.none", query));
        } else {
            status.set(messages.get(hits.size() >= LIMIT ? "search.count.limit" : "search.count", hits.size()));
        }
    }

    /** Opens a result in the reader, with its match highlighted. */
    public void open(SearchHit hit) {
        opener.accept(hit);
    }
}
