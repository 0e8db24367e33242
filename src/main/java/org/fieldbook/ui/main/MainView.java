package org.fieldbook.ui.main;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.fieldbook.settings.Settings;
import org.fieldbook.settings.Settings.Theme;
import org.fieldbook.ui.catalogue.CatalogueView;
import org.fieldbook.ui.chart.ChartView;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.footnotes.FootnotesView;
import org.fieldbook.ui.imports.ProblemsView;
import org.fieldbook.ui.library.LibraryTreeView;
import org.fieldbook.ui.reader.ReaderView;
import org.fieldbook.ui.search.SearchView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: menus and toolbar, the library tree and search on the left,
 * the reader in the middle, footnotes on the right, the import panel and status bar below.
 */
public final class MainView extends BorderPane {
    static final String BASE_SHEET = "/org/fieldbook/ui/fieldbook.css";
    static final KeyCombination BACK_KEY = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination FORWARD_KEY = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    private final MainViewModel model;
    private final Messages messages;
    private final LibraryTreeView tree;
    private final ReaderView reader;
    private final FootnotesView footnotes;
    private final SearchView search;
    private final CatalogueView catalogue;
    private final ChartView chart;
    private final TabPane leftTabs = new TabPane();
    /** The reader, and beside it the other full-size views (catalogue, chart). */
    private final TabPane centreTabs = new TabPane();
    private final Tab searchTab;
    private final Tab catalogueTab;
    private final SplitPane split = new SplitPane();
    private final NotificationPane notifications;
    /** Where the footnote panel's divider was when another tab than the reader hid the panel. */
    private double footnoteDivider = 0.72;
    /** Held here: while hidden it is outside the scene, and bindings alone would let it be collected. */
    private final ProblemsView problems;

    public MainView(MainViewModel model, Messages messages, Runnable quit) {
        this.model = model;
        this.messages = messages;
        setId("mainView");
        getStyleClass().add("main-view");
        tree = new LibraryTreeView(model.tree(), messages, model::openSection);
        reader = new ReaderView(model.reader(), messages);
        footnotes = new FootnotesView(model.footnotes(), messages);
        search = new SearchView(model.search(), messages);
        catalogue = new CatalogueView(model.catalogue(), messages);
        chart = new ChartView(model.chart(), messages, model.themeProperty());

        Tab libraryTab = new Tab(messages.get("tab.library"), tree);
        libraryTab.setId("libraryTab");
        searchTab = new Tab(messages.get("tab.search"), search);
        searchTab.setId("searchTab");
        leftTabs.getTabs().addAll(libraryTab, searchTab);
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        leftTabs.setMinWidth(200);
        footnotes.setMinWidth(220);
        reader.setMinWidth(320);

        Tab readerTab = new Tab(messages.get("tab.reader"), reader);
        readerTab.setId("readerTab");
        catalogueTab = new Tab(messages.get("tab.catalogue"), catalogue);
        catalogueTab.setId("catalogueTab");
        catalogueTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.catalogue().shown();
            }
        });
        Tab chartTab = new Tab(messages.get("tab.chart"), chart);
        chartTab.setId("chartTab");
        centreTabs.getTabs().addAll(readerTab, catalogueTab, chartTab);
        centreTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        centreTabs.setId("centreTabs");
        // opening a place in a report brings the reader to the front
        model.documentProperty().addListener((obs, old, now) -> centreTabs.getSelectionModel().select(readerTab));
        model.reader().scrollRequestProperty().addListener((obs, old, now) ->
                centreTabs.getSelectionModel().select(readerTab));
        model.readerRequestsProperty().addListener((obs, old, now) -> centreTabs.getSelectionModel().select(readerTab));
        notifications = new NotificationPane(centreTabs);
        notifications.setShowFromTop(true);
        notifications.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        model.messageProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                notifications.show(now);
            }
        });
        notifications.setOnHidden(e -> model.dismissMessage());

        split.getItems().addAll(leftTabs, notifications, footnotes);
        split.setDividerPositions(0.22, 0.72);
        // the footnotes belong to the text: the catalogue gets their room while it is in front
        centreTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                showFootnotes(now == readerTab));
        SplitPane.setResizableWithParent(leftTabs, false);
        SplitPane.setResizableWithParent(footnotes, false);

        problems = new ProblemsView(model.imports(), messages);
        SplitPane centre = new SplitPane(split);
        centre.setOrientation(Orientation.VERTICAL);
        // the import panel takes room only while it has something to say
        problems.visibleProperty().addListener((obs, old, now) -> {
            if (now && !centre.getItems().contains(problems)) {
                centre.getItems().add(problems);
                centre.setDividerPositions(0.72);
            } else if (!now) {
                centre.getItems().remove(problems);
            }
        });

        MainMenu menu = new MainMenu(model, messages, this, quit);
        setTop(new VBox(menu.bar(), toolbar()));
        setCenter(centre);
        setBottom(statusBar());

        model.zoomProperty().addListener((obs, old, now) -> reader.setZoom(now.doubleValue()));
        reader.setZoom(model.zoomProperty().get());
        model.visibleSectionProperty().addListener((obs, old, now) -> followInTree());
        model.documentProperty().addListener((obs, old, now) -> followInTree());
        model.tree().countries().addListener((javafx.collections.ListChangeListener<Object>) c -> followInTree());
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::mouseHistoryButtons);
        // before the reader's own key bindings can take Alt+arrows as caret moves
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyHistory);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    /** Attaches the window's style sheets and keeps the theme in step with the view model. */
    public void attach(Scene scene) {
        scene.getStylesheets().setAll(getClass().getResource(BASE_SHEET).toExternalForm(), themeSheet());
        model.themeProperty().addListener((obs, old, now) -> scene.getStylesheets().set(1, themeSheet()));
    }

    private String themeSheet() {
        String name = model.themeProperty().get() == Theme.DARK ? "theme-dark.css" : "theme-light.css";
        return getClass().getResource("/org/fieldbook/ui/" + name).toExternalForm();
    }

    /** Restores and reads back the panel dividers. */
    public void restoreDividers(Settings settings) {
        footnoteDivider = settings.footnoteDivider();
        split.setDividerPositions(settings.treeDivider(), settings.footnoteDivider());
    }

    public Settings rememberDividers(Settings settings) {
        double[] positions = split.getDividerPositions();
        return settings.withDividers(positions[0], positions.length > 1 ? positions[1] : footnoteDivider);
    }

    private void showFootnotes(boolean show) {
        boolean shown = split.getItems().contains(footnotes);
        if (show && !shown) {
            double tree = split.getDividerPositions()[0];
            split.getItems().add(footnotes);
            split.setDividerPositions(tree, footnoteDivider);
        } else if (!show && shown) {
            footnoteDivider = split.getDividerPositions()[1];
            split.getItems().remove(footnotes);
        }
    }

    void focusSearch() {
        leftTabs.getSelectionModel().select(searchTab);
        search.focusField();
    }

    /** Brings the catalogue to the front with the cursor in its lookup field (Ctrl+L). */
    void focusCatalogue() {
        centreTabs.getSelectionModel().select(catalogueTab);
        catalogue.focusSearch();
    }

    void exportChart() {
        chart.export();
    }

    void copyWithCitation() {
        reader.copyWithCitation();
    }

    void copySelection() {
        reader.area().copy();
    }

    void chooseFilesToImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.filter.profiles"), "*.txt", "*.json", "*.zip"),
                new FileChooser.ExtensionFilter(messages.get("import.filter.all"), "*"));
        Window window = getScene() == null ? null : getScene().getWindow();
        List<File> files = chooser.showOpenMultipleDialog(window);
        if (files != null) {
            model.imports().importFiles(files.stream().map(File::toPath).toList());
        }
    }

    private ToolBar toolbar() {
        Button back = iconButton("mdi2a-arrow-left", messages.get("menu.back"), model::back);
        back.setId("backButton");
        back.disableProperty().bind(model.canGoBackProperty().not());
        Button forward = iconButton("mdi2a-arrow-right", messages.get("menu.forward"), model::forward);
        forward.setId("forwardButton");
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        Button importButton = iconButton("mdi2f-file-import-outline", messages.get("menu.import"), this::chooseFilesToImport);
        Button find = iconButton("mdi2m-magnify", messages.get("menu.find"), this::focusSearch);
        Button smaller = iconButton("mdi2m-magnify-minus-outline", messages.get("menu.zoomOut"), model::zoomOut);
        Button larger = iconButton("mdi2m-magnify-plus-outline", messages.get("menu.zoomIn"), model::zoomIn);
        Button theme = iconButton("mdi2t-theme-light-dark", messages.get("menu.theme"), model::toggleTheme);
        Region gap = new Region();
        javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(back, forward, importButton, find, gap, smaller, larger, theme);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button iconButton(String icon, String tip, Runnable action) {
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(18);
        graphic.getStyleClass().add("toolbar-icon");
        Button button = new Button(null, graphic);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(model.statusProperty());
        bar.progressProperty().bind(Bindings.when(model.imports().runningProperty())
                .then(model.imports().progressProperty()).otherwise(0.0));
        Label hint = new Label(messages.get("status.dropHint"));
        hint.getStyleClass().add("status-hint");
        bar.getRightItems().add(hint);
        return bar;
    }

    private void followInTree() {
        if (model.documentProperty().get() != null && model.visibleSectionProperty().get() >= 0) {
            tree.follow(model.openReportId(), model.visibleSectionProperty().get());
        }
    }

    private void mouseHistoryButtons(MouseEvent event) {
        if (event.getButton() == MouseButton.BACK) {
            model.back();
            event.consume();
        } else if (event.getButton() == MouseButton.FORWARD) {
            model.forward();
            event.consume();
        }
    }

    private void keyHistory(KeyEvent event) {
        if (BACK_KEY.match(event)) {
            model.back();
            event.consume();
        } else if (FORWARD_KEY.match(event)) {
            model.forward();
            event.consume();
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean done = event.getDragboard().hasFiles();
        if (done) {
            model.imports().importFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(done);
        event.consume();
    }

    public ReaderView reader() {
        return reader;
    }

    public LibraryTreeView tree() {
        return tree;
    }
}
