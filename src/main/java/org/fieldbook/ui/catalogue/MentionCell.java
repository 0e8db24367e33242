package org.fieldbook.ui.catalogue;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fieldbook.model.TextRange;

/** A mention in the list: where it is, and a snippet with the mine's name marked. */
final class MentionCell extends ListCell<MentionItem> {
    private final Label place = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, place, snippet);

    MentionCell(ListView<MentionItem> list) {
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
    protected void updateItem(MentionItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        place.setText(item.place());
        snippet.getChildren().clear();
        String text = item.snippet().text();
        int from = 0;
        for (TextRange range : item.snippet().highlights()) {
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
