package org.fieldbook.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.ReportSummary;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.library.LibraryTreeViewModel.CountryGroup;
import org.fieldbook.ui.library.LibraryTreeViewModel.SectionEntry;

/**
 * The library tree: countries, then each report as profile type and year, then the
 * report's sections (loaded when expanded). Selecting a section or a report opens it; the
 * tree follows the reader to the section in view.
 */
public final class LibraryTreeView extends BorderPane {
    static final int EXPAND_UP_TO = 8;

    private final LibraryTreeViewModel model;
    private final Messages messages;
    private final BiConsumer<ReportId, Integer> opener;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final Label empty = new Label();
    private boolean following;

    /** @param opener opens (report, section) in the reader */
    public LibraryTreeView(LibraryTreeViewModel model, Messages messages, BiConsumer<ReportId, Integer> opener) {
        this.model = model;
        this.messages = messages;
        this.opener = opener;
        tree.setId("libraryTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new NodeCell());
        tree.setAccessibleText(messages.get("tree.title"));
        empty.setText(messages.get("tree.loading"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        setCenter(empty);
        model.countries().addListener((javafx.collections.ListChangeListener<CountryGroup>) c -> rebuild());
        model.loadedProperty().addListener((obs, old, now) -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> selected(now));
    }

    public TreeView<Object> tree() {
        return tree;
    }

    /** Selects the node of a section of a report, expanding the report, without opening anything. */
    public void follow(ReportId report, int section) {
        TreeItem<Object> reportItem = findReport(report);
        if (reportItem == null) {
            return;
        }
        reportItem.getParent().setExpanded(true);
        withSections(reportItem, () -> {
            for (TreeItem<Object> child : reportItem.getChildren()) {
                if (child.getValue() instanceof SectionEntry entry && entry.ordinal() == section) {
                    quietlySelect(child);
                    return;
                }
            }
            quietlySelect(reportItem);
        });
    }

    private void quietlySelect(TreeItem<Object> item) {
        if (tree.getSelectionModel().getSelectedItem() == item) {
            return;
        }
        following = true;
        try {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            following = false;
        }
    }

    private void selected(TreeItem<Object> item) {
        if (following || item == null) {
            return;
        }
        if (item.getValue() instanceof SectionEntry entry) {
            opener.accept(entry.report(), entry.ordinal());
        } else if (item.getValue() instanceof ReportSummary report) {
            opener.accept(report.id(), 0);
        }
    }

    private void rebuild() {
        if (!model.loadedProperty().get()) {
            return;
        }
        if (model.countries().isEmpty()) {
            empty.setText(messages.get("tree.empty"));
            setCenter(empty);
            return;
        }
        TreeItem<Object> root = new TreeItem<>();
        // a small library opens fully; a large one shows its countries only
        boolean expandCountries = model.countries().size() <= EXPAND_UP_TO;
        List<TreeItem<Object>> countries = new ArrayList<>(model.countries().size());
        for (CountryGroup group : model.countries()) {
            TreeItem<Object> country = new CountryItem(group);
            country.setExpanded(expandCountries);
            countries.add(country);
        }
        root.getChildren().setAll(countries);
        tree.setRoot(root);
        setCenter(tree);
    }

    private TreeItem<Object> reportItem(ReportSummary report) {
        TreeItem<Object> reportItem = new TreeItem<>(report);
        reportItem.getChildren().add(new TreeItem<>(messages.get("tree.loadingSections")));
        reportItem.expandedProperty().addListener((obs, old, now) -> {
            if (now) {
                withSections(reportItem, () -> { });
            }
        });
        return reportItem;
    }

    /**
     * A country whose report nodes are made when it is first opened: a library of 25,000
     * reports would otherwise build 50,000 nodes on the FX thread before the tree shows.
     */
    private final class CountryItem extends TreeItem<Object> {
        private boolean built;

        CountryItem(CountryGroup group) {
            super(group);
        }

        @Override
        public boolean isLeaf() {
            return false;
        }

        @Override
        public ObservableList<TreeItem<Object>> getChildren() {
            if (!built) {
                built = true;
                CountryGroup group = (CountryGroup) getValue();
                super.getChildren().setAll(group.reports().stream().map(LibraryTreeView.this::reportItem).toList());
            }
            return super.getChildren();
        }
    }

    private void withSections(TreeItem<Object> reportItem, Runnable then) {
        boolean loaded = reportItem.getChildren().stream().allMatch(c -> c.getValue() instanceof SectionEntry);
        if (loaded && !reportItem.getChildren().isEmpty()) {
            reportItem.setExpanded(true);
            then.run();
            return;
        }
        ReportSummary report = (ReportSummary) reportItem.getValue();
        model.loadSections(report.id(), (List<SectionEntry> sections) -> {
            reportItem.getChildren().setAll(sections.stream().map(s -> new TreeItem<Object>(s)).toList());
            reportItem.setExpanded(true);
            then.run();
        });
    }

    private TreeItem<Object> findReport(ReportId id) {
        for (TreeItem<Object> country : tree.getRoot().getChildren()) {
            // look in the summaries first: opening every country's nodes would build them all
            if (!(country.getValue() instanceof CountryGroup group)
                    || group.reports().stream().noneMatch(r -> r.id().equals(id))) {
                continue;
            }
            for (TreeItem<Object> report : country.getChildren()) {
                if (report.getValue() instanceof ReportSummary summary && summary.id().equals(id)) {
                    return report;
                }
            }
        }
        return null;
    }

    private final class NodeCell extends TreeCell<Object> {
        /** The node-kind style class the cell has; changed only when the kind changes, as CSS is applied again on each change. */
        private String kindClass;

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setKindClass(null);
                return;
            }
            if (item instanceof CountryGroup group) {
                setText(group.country());
                setKindClass("country-node");
            } else if (item instanceof ReportSummary report) {
                setText(messages.get("tree.report", report.profileType(), String.valueOf(report.year())));
                setKindClass("report-node");
            } else if (item instanceof SectionEntry section) {
                setText(section.title() == null ? messages.get("section.untitled") : section.title());
                setKindClass("section-node");
            } else {
                setText(item.toString());
                setKindClass(null);
            }
        }

        private void setKindClass(String wanted) {
            if (java.util.Objects.equals(kindClass, wanted)) {
                return;
            }
            if (kindClass != null) {
                getStyleClass().remove(kindClass);
            }
            if (wanted != null) {
                getStyleClass().add(wanted);
            }
            kindClass = wanted;
        }
    }
}
