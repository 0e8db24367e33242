package org.fieldbook.ui.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.fieldbook.catalogue.CatalogueService;
import org.fieldbook.catalogue.LookupHit;
import org.fieldbook.catalogue.MatchKind;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.Mention;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineRole;
import org.fieldbook.model.MineType;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UiExecutor;

/**
 * The catalogue tab: every entry as a table row (filtered by role and mechanism), a lookup
 * that selects the best match as the user types, the selected entry's card, and where the
 * library mentions it (loaded in the background). Lookup runs in memory; everything that
 * reads the library goes through the executor.
 */
public final class CatalogueViewModel {
    private static final Logger LOG = Logger.getLogger(CatalogueViewModel.class.getName());
    /** Suggestions offered while typing. */
    static final int SUGGESTIONS = 12;

    private final CatalogueService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final CardTexts texts;
    private final Consumer<Mention> opener;
    private final ObservableList<CatalogueRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CatalogueRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<String> mechanisms = FXCollections.observableArrayList();
    private final ObjectProperty<MineRole> roleFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> mechanismFilter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<CatalogueRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MineCard> card = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MentionItem> mentions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mentionsStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper("");
    private final MentionLoader loader;
    private Catalogue catalogue = Catalogue.EMPTY;

    /** @param opener opens a mention in the reader */
    /** Whether the tab has been shown (FX thread only). */
    private boolean wanted;

    public CatalogueViewModel(CatalogueService service, UiExecutor executor, Messages messages,
                              Consumer<Mention> opener) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.texts = new CardTexts(messages);
        this.opener = opener;
        this.loader = new MentionLoader(service, executor, messages, mentions, mentionsStatus);
        roleFilter.addListener((obs, old, now) -> applyFilters());
        mechanismFilter.addListener((obs, old, now) -> applyFilters());
        selected.addListener((obs, old, now) -> show(now));
        searchStatus.set(messages.get("catalogue.search.hint"));
    }

    /**
     * The catalogue tab is shown: the first time, read the catalogue. Until then nothing is
     * read, so that a window opening on a large library does not lay out a table no one sees
     * in the same moment as its tree.
     */
    public void shown() {
        if (!wanted) {
            wanted = true;
            reload();
        }
    }

    /** The library changed: reads the catalogue again if the tab has been shown (else it waits for that). */
    public void refresh() {
        if (wanted) {
            reload();
        }
    }

    /** Reads the catalogue and its mention counts in the background, keeping the selection. */
    private void reload() {
        executor.submit(progress -> new Loaded(service.catalogue(), service.mentionCounts()), this::loaded,
                failure -> {
                    LOG.log(Level.SEVERE, "cannot read the catalogue", failure);
                    searchStatus.set(messages.get("catalogue.failed", failure.getMessage()));
                });
    }

    private record Loaded(Catalogue catalogue, Map<String, MentionCount> counts) {
    }

    private void loaded(Loaded loaded) {
        String keep = selected.get() == null ? null : selected.get().name();
        catalogue = loaded.catalogue();
        rows.setAll(catalogue.entries().stream()
                .map(e -> CatalogueRow.of(e, loaded.counts().getOrDefault(e.name(), MentionCount.NONE), texts)).toList());
        mechanisms.setAll(catalogue.entries().stream().flatMap(e -> e.mechanisms().stream())
                .map(m -> m.name()).distinct().sorted().toList());
        selected.set(null);
        rows.stream().filter(r -> r.name().equals(keep)).findFirst().ifPresent(selected::set);
        if (rows.isEmpty()) {
            searchStatus.set(messages.get("catalogue.empty"));
        }
    }

    /**
     * Looks {@code text} up as the user types and selects the best match, clearing filters
     * that would hide it; the status says what matched, or that nothing did.
     */
    public void search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            searchStatus.set(messages.get(rows.isEmpty() ? "catalogue.empty" : "catalogue.search.hint"));
            return;
        }
        List<LookupHit> hits = service.lookup(query);
        if (hits.isEmpty()) {
            searchStatus.set(messages.get("catalogue.search.none", query));
            return;
        }
        LookupHit best = hits.get(0);
        CatalogueRow row = rowOf(best.entry());
        if (row != null && !visibleRows.contains(row)) {
            roleFilter.set(null);
            mechanismFilter.set(null);
        }
        selected.set(row);
        searchStatus.set(status(query, hits));
    }

    private String status(String query, List<LookupHit> hits) {
        LookupHit best = hits.get(0);
        String others = String.join(", ", hits.stream().skip(1).limit(SUGGESTIONS).map(h -> h.entry().name()).toList());
        String how = switch (best.kind()) {
            case NAME, PREFIX, WORD -> messages.get("catalogue.search.found", best.entry().name());
            case ALIAS -> messages.get("catalogue.search.alias", best.matched(), best.entry().name());
            case NEAR -> messages.get("catalogue.search.near", query, best.entry().name());
        };
        return others.isEmpty() ? how : messages.get("catalogue.search.more", how, others);
    }

    /** Entry names to offer while the user types (any thread may ask: lookup is in memory). */
    public List<String> suggestions(String text) {
        return service.lookup(text).stream().limit(SUGGESTIONS).map(hit -> hit.entry().name()).toList();
    }

    /** Selects a row (a click in the table), or nothing. */
    public void select(CatalogueRow row) {
        if (!Objects.equals(row, selected.get())) {
            selected.set(row);
        }
    }

    /** Opens a mention in the reader, its passage highlighted. */
    public void open(MentionItem item) {
        opener.accept(item.mention());
    }

    private void show(CatalogueRow row) {
        card.set(row == null ? null : texts.card(row.entry(), catalogue));
        loader.load(row == null ? null : row.entry());
    }

    private CatalogueRow rowOf(MineType entry) {
        return rows.stream().filter(r -> r.name().equals(entry.name())).findFirst().orElse(null);
    }

    private void applyFilters() {
        MineRole role = roleFilter.get();
        String mechanism = mechanismFilter.get();
        visibleRows.setPredicate(row -> (role == null || row.entry().role() == role)
                && (mechanism == null || row.entry().mechanisms().stream().anyMatch(m -> m.name().equals(mechanism))));
    }

    /** The rows the filters let through, in catalogue order (the table sorts its own view). */
    public ObservableList<CatalogueRow> visibleRows() {
        return visibleRows;
    }

    /** Every mechanism the catalogue uses, for the filter. */
    public ObservableList<String> mechanisms() {
        return FXCollections.unmodifiableObservableList(mechanisms);
    }

    /** Only rows of this role; null for all. */
    public ObjectProperty<MineRole> roleFilterProperty() {
        return roleFilter;
    }

    /** Only rows with this mechanism; null for all. */
    public ObjectProperty<String> mechanismFilterProperty() {
        return mechanismFilter;
    }

    public ReadOnlyObjectProperty<CatalogueRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected entry's card, or null. */
    public ReadOnlyObjectProperty<MineCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ObservableList<MentionItem> mentions() {
        return FXCollections.unmodifiableObservableList(mentions);
    }

    public ReadOnlyStringProperty mentionsStatusProperty() {
        return mentionsStatus.getReadOnlyProperty();
    }

    /** What the last lookup found ("PMN-2; also PMN, PMN-4"), or that it found nothing. */
    public ReadOnlyStringProperty searchStatusProperty() {
        return searchStatus.getReadOnlyProperty();
    }

    /** How each role reads in the filter. */
    public String roleText(MineRole role) {
        return texts.role(role);
    }
}
