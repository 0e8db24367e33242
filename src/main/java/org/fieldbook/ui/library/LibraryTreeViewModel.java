package org.fieldbook.ui.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.library.LibraryService;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.ReportSummary;
import org.fieldbook.model.Section;
import org.fieldbook.ui.common.UiExecutor;

/**
 * The library tree's content: reports grouped by country (then profile type and year), and
 * the sections of a report, loaded in the background when a report is expanded.
 */
public final class LibraryTreeViewModel {
    private static final Logger LOG = Logger.getLogger(LibraryTreeViewModel.class.getName());

    /** A country and its reports, in list order. */
    public record CountryGroup(String country, List<ReportSummary> reports) {
    }

    /** A section as the tree shows it. */
    public record SectionEntry(ReportId report, int ordinal, String title) {
    }

    private final LibraryService library;
    private final UiExecutor executor;
    private final ObservableList<CountryGroup> countries = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a throw-away view would be dropped with it. */
    private final ObservableList<CountryGroup> countriesView = FXCollections.unmodifiableObservableList(countries);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    /** What the tree shows (set on the FX thread, read by the worker that compares a new listing with it). */
    private volatile List<CountryGroup> shown = List.of();
    private final Consumer<Integer> countListener;

    public LibraryTreeViewModel(LibraryService library, UiExecutor executor, Consumer<Integer> countListener) {
        this.library = library;
        this.executor = executor;
        this.countListener = countListener;
    }

    public ObservableList<CountryGroup> countries() {
        return countriesView;
    }

    /** False until the first list of reports has arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /**
     * Reloads the list of reports in the background, grouped and compared with what the tree
     * shows there too: with 25,000 reports either takes longer than a frame.
     */
    public void refresh() {
        executor.submit(progress -> {
            List<CountryGroup> grouped = group(library.list());
            return new Listing(grouped, grouped.equals(shown));
        }, this::show, failure -> LOG.log(Level.SEVERE, "cannot list the library", failure));
    }

    private void show(Listing listing) {
        if (!listing.unchanged()) {
            countries.setAll(listing.groups());
            shown = listing.groups();
        }
        loaded.set(true);
        countListener.accept(listing.groups().stream().mapToInt(g -> g.reports().size()).sum());
    }

    /** The library grouped by country, and whether the tree already shows exactly that. */
    private record Listing(List<CountryGroup> groups, boolean unchanged) {
    }

    /** Loads a report's sections in the background and hands them to {@code onLoaded}. */
    public void loadSections(ReportId report, Consumer<List<SectionEntry>> onLoaded) {
        executor.submit(progress -> library.find(report).map(r -> r.sections().stream()
                        .map(s -> new SectionEntry(report, s.ordinal(), title(s))).toList()).orElse(List.of()),
                onLoaded, failure -> LOG.log(Level.WARNING, "cannot load the sections of " + report, failure));
    }

    static String title(Section section) {
        return section.title().orElse(null);
    }

    /** Groups reports by country, keeping the library's order (country, profile type, year). */
    static List<CountryGroup> group(List<ReportSummary> reports) {
        Map<String, List<ReportSummary>> byCountry = new LinkedHashMap<>();
        for (ReportSummary report : reports) {
            byCountry.computeIfAbsent(report.country(), c -> new ArrayList<>()).add(report);
        }
        List<CountryGroup> groups = new ArrayList<>(byCountry.size());
        byCountry.forEach((country, list) -> groups.add(new CountryGroup(country, List.copyOf(list))));
        return groups;
    }
}
