package org.fieldbook.ui.catalogue;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fieldbook.ui.common.Messages;

/**
 * A catalogue card: the notice that these are reference values, then the entry's names,
 * facts (each value with its sources), note and sources. Text only; it grows with its content
 * and wraps to its width.
 */
final class MineCardView extends VBox {
    private final Messages messages;
    private final Label notice = new Label();
    private final VBox body = new VBox(6);

    MineCardView(Messages messages) {
        super(10);
        this.messages = messages;
        setId("mineCard");
        getStyleClass().add("mine-card");
        notice.setText(messages.get("catalogue.notice"));
        notice.getStyleClass().add("reference-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(notice, body);
        show(null);
    }

    void show(MineCard card) {
        body.getChildren().clear();
        if (card == null) {
            body.getChildren().add(wrapped(messages.get("catalogue.card.empty"), "card-empty"));
            return;
        }
        body.getChildren().addAll(wrapped(card.title(), "card-title"), wrapped(card.subtitle(), "card-subtitle"));
        GridPane facts = new GridPane();
        facts.getStyleClass().add("card-facts");
        facts.setHgap(12);
        facts.setVgap(6);
        int row = 0;
        if (!card.aliases().isEmpty()) {
            row = addRow(facts, row, messages.get("catalogue.card.aliases"), wrapped(card.aliases(), "card-value"));
        }
        if (!card.nicknames().isEmpty()) {
            row = addRow(facts, row, messages.get("catalogue.card.nicknames"), wrapped(card.nicknames(), "card-value"));
        }
        for (MineCard.Fact fact : card.facts()) {
            VBox values = new VBox(2);
            if (fact.sourcesDiffer()) {
                values.getChildren().add(wrapped(messages.get("catalogue.card.sourcesDiffer"), "sources-differ"));
            }
            for (MineCard.Value value : fact.values()) {
                Label text = wrapped(value.text() + "  " + value.sources(), "card-value");
                if (value.unconfirmed()) {
                    text.getStyleClass().add("unconfirmed");
                }
                values.getChildren().add(text);
            }
            row = addRow(facts, row, fact.label(), values);
        }
        body.getChildren().add(facts);
        if (card.facts().isEmpty()) {
            body.getChildren().add(wrapped(messages.get("catalogue.card.noFacts"), "card-note"));
        }
        if (!card.note().isEmpty()) {
            body.getChildren().add(wrapped(card.note(), "card-note"));
        }
        if (!card.sources().isEmpty()) {
            body.getChildren().add(wrapped(messages.get("catalogue.card.sources"), "card-section"));
            for (MineCard.Source source : card.sources()) {
                body.getChildren().add(wrapped(source.key() + "  " + source.text(), "card-source"));
            }
        }
    }

    private static int addRow(GridPane grid, int row, String label, javafx.scene.Node value) {
        Label name = wrapped(label, "card-label");
        name.setMinWidth(110);
        name.setMaxWidth(130);
        grid.add(name, 0, row);
        grid.add(value, 1, row);
        GridPane.setHgrow(value, Priority.ALWAYS);
        GridPane.setFillWidth(value, true);
        return row + 1;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
