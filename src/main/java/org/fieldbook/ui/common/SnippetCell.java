package org.fieldbook.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fieldbook.model.TextRange;

/**
 * A passage in a list (a search hit, a mention of a mine type): where it is, and a snippet
 * with the matched words marked. The snippet wraps to the list's width.
 */
public final class SnippetCell<T> extends ListCell<T> {
    private final Label place = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, place, snippet);
    private final Function<T, String> placeOf;
    private final Function<T, String> textOf;
    private final Function<T, List<TextRange>> highlightsOf;

    /** A cell of {@code list} showing {@code placeOf}, then {@code textOf} with {@code highlightsOf} marked. */
    public SnippetCell(ListView<T> list, Function<T, String> placeOf, Function<T, String> textOf,
                       Function<T, List<TextRange>> highlightsOf) {
        this.placeOf = placeOf;
        this.textOf = textOf;
        this.highlightsOf = highlightsOf;
        getStyleClass().add("hit-cell");
        place.getStyleClass().add("hit-place");
        place.setWrapText(true);
        place.setMaxWidth(Double.MAX_VALUE);
        place.setMinHeight(Label.USE_PREF_SIZE);
        snippet.getStyleClass().add("hit-snippet");
        box.prefWidthProperty().bind(list.widthProperty().subtract(30));
        box.maxWidthProperty().bind(list.widthProperty().subtract(30));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        place.setText(placeOf.apply(item));
        snippet.getChildren().clear();
        String text = textOf.apply(item);
        int from = 0;
        for (TextRange range : highlightsOf.apply(item)) {
            snippet.getChildren().add(new Text(text.substring(from, range.start())));
            Text match = new Text(text.substring(range.start(), range.end()));
            match.getStyleClass().add("hit-match");
            snippet.getChildren().add(match);
            from = range.end();
        }
        snippet.getChildren().add(new Text(text.substring(from)));
        snippet.getChildren().forEach(node -> node.getStyleClass().add("hit-text"));
        setGraphic(box);
    }
}
