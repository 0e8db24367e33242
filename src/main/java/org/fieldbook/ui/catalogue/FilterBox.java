package org.fieldbook.ui.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** A drop-down that sets a filter property: its first choice ("All roles") sets it to null. */
final class FilterBox<T> {
    private final ComboBox<String> box = new ComboBox<>();
    private final ObservableList<T> values;
    private final Function<T, String> text;
    private final String all;
    private final ObjectProperty<T> target;
    private boolean updating;

    FilterBox(ObservableList<T> values, Function<T, String> text, String all, ObjectProperty<T> target) {
        this.values = values;
        this.text = text;
        this.all = all;
        this.target = target;
        fill();
        values.addListener((ListChangeListener<T>) change -> fill());
        box.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!updating && now.intValue() >= 0) {
                target.set(now.intValue() == 0 ? null : values.get(now.intValue() - 1));
            }
        });
        target.addListener((obs, old, now) -> showTarget());
    }

    ComboBox<String> node() {
        return box;
    }

    private void fill() {
        List<String> items = new ArrayList<>();
        items.add(all);
        values.forEach(value -> items.add(text.apply(value)));
        updating = true;
        try {
            box.getItems().setAll(items);
        } finally {
            updating = false;
        }
        showTarget();
    }

    private void showTarget() {
        int index = target.get() == null ? 0 : values.indexOf(target.get()) + 1;
        updating = true;
        try {
            box.getSelectionModel().select(Math.max(0, index));
        } finally {
            updating = false;
        }
    }
}
