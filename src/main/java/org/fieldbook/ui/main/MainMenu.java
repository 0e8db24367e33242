package org.fieldbook.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fieldbook.Version;
import org.fieldbook.ui.common.Messages;

/** The menu bar: every action of the window, each with its keyboard shortcut. */
final class MainMenu {
    private final MainViewModel model;
    private final Messages messages;
    private final MainView view;
    private final MenuBar bar = new MenuBar();

    MainMenu(MainViewModel model, Messages messages, MainView view, Runnable quit) {
        this.model = model;
        this.messages = messages;
        this.view = view;
        Menu file = menu("menu.file",
                item("menu.import", "importMenuItem", view::chooseFilesToImport, shortcut(KeyCode.O)),
                new SeparatorMenuItem(),
                item("menu.quit", "quitMenuItem", quit, shortcut(KeyCode.Q)));
        Menu edit = menu("menu.edit",
                item("menu.copy", "copyMenuItem", view::copySelection, shortcut(KeyCode.C)),
                item("menu.copyCitation", "copyCitationMenuItem", view::copyWithCitation,
                        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                new SeparatorMenuItem(),
                item("menu.find", "findMenuItem", view::focusSearch, shortcut(KeyCode.F)),
                item("menu.lookUp", "lookUpMenuItem", view::focusCatalogue, shortcut(KeyCode.L)));
        MenuItem back = item("menu.back", "backMenuItem", model::back, MainView.BACK_KEY);
        back.disableProperty().bind(model.canGoBackProperty().not());
        MenuItem forward = item("menu.forward", "forwardMenuItem", model::forward, MainView.FORWARD_KEY);
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        Menu go = menu("menu.go", back, forward);
        Menu viewMenu = menu("menu.view",
                item("menu.zoomIn", "zoomInMenuItem", model::zoomIn, shortcut(KeyCode.EQUALS)),
                item("menu.zoomOut", "zoomOutMenuItem", model::zoomOut, shortcut(KeyCode.MINUS)),
                item("menu.zoomReset", "zoomResetMenuItem", model::zoomReset, shortcut(KeyCode.DIGIT0)),
                new SeparatorMenuItem(),
                item("menu.theme", "themeMenuItem", model::toggleTheme,
                        new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)));
        Menu help = menu("menu.help",
                item("menu.shortcuts", "shortcutsMenuItem", this::showShortcuts, new KeyCodeCombination(KeyCode.F1)),
                item("menu.about", "aboutMenuItem", this::showAbout, null));
        bar.getMenus().addAll(file, edit, go, viewMenu, help);
        // Ctrl+Plus on keyboards where plus is its own key, and on the keypad
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(shortcut(KeyCode.PLUS), model::zoomIn);
                scene.getAccelerators().put(shortcut(KeyCode.ADD), model::zoomIn);
                scene.getAccelerators().put(shortcut(KeyCode.SUBTRACT), model::zoomOut);
            }
        });
    }

    MenuBar bar() {
        return bar;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(messages.get(key));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuItem item(String key, String id, Runnable action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(view.getScene().getWindow());
        about.setTitle(messages.get("about.title"));
        about.setHeaderText(Version.current().toString());
        about.setContentText(messages.get("about.text"));
        about.showAndWait();
    }

    private void showShortcuts() {
        Alert shortcuts = new Alert(Alert.AlertType.INFORMATION);
        shortcuts.initOwner(view.getScene().getWindow());
        shortcuts.setTitle(messages.get("shortcuts.title"));
        shortcuts.setHeaderText(messages.get("shortcuts.title"));
        shortcuts.setContentText(messages.get("shortcuts.text"));
        shortcuts.showAndWait();
    }
}
