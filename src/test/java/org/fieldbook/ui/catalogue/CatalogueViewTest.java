package org.fieldbook.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fieldbook.ui.WindowTest;
import org.fieldbook.ui.reader.ReaderViewModel.Highlight;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The catalogue tab driven as a user drives it (headless, on Monocle), nodes found by id. */
class CatalogueViewTest extends WindowTest {
    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }


    @SuppressWarnings("unchecked")
    static TableView<CatalogueRow> table(FxRobot robot) {
        return robot.lookup("#catalogueTable").queryAs(TableView.class);
    }

    static String selectedRow(FxRobot robot) {
        CatalogueRow row = table(robot).getSelectionModel().getSelectedItem();
        return row == null ? null : row.name();
    }

    void lookUp(FxRobot robot, String name) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#catalogueSearch").query().isFocused());
        waitUntil(() -> table(robot).getItems().size() == 20);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(name);
    }

    @Test
    void typingInTheLookupSelectsTheRightRow(FxRobot robot) throws TimeoutException {
        lookUp(robot, "pmn2");
        waitUntil(() -> "PMN-2".equals(selectedRow(robot)));
        assertThat(robot.lookup("#centreTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("catalogueTab");

        lookUp(robot, "ПМН-4");
        waitUntil(() -> "PMN-4".equals(selectedRow(robot)));
        lookUp(robot, "Medallion");
        waitUntil(() -> "POM-3".equals(selectedRow(robot)));
        assertThat(robot.lookup("#catalogueStatus").queryAs(Label.class).getText()).isEqualTo("“Medallion” is POM-3");

        Node card = robot.lookup("#mineCard").query();
        assertThat(robot.from(card).lookup(".card-title").queryAs(Label.class).getText()).isEqualTo("POM-3");
        Label notice = robot.from(card).lookup(".reference-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("not identification or render-safe guidance", "CORD and IMAS");
    }

    @Test
    void openingAMentionShowsThePassageInTheReaderHighlighted(FxRobot robot) throws TimeoutException {
        lookUp(robot, "PMN-2");
        @SuppressWarnings("unchecked")
        ListView<MentionItem> mentions = robot.lookup("#mentionList").queryAs(ListView.class);
        waitUntil(() -> mentions.getItems().size() == 3);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);   // the suggestions popup
        robot.clickOn((Node) robot.from(mentions).lookup(".hit-cell")
                .match(cell -> cell.isVisible() && ((ListCell<?>) cell).getIndex() == 0).query());

        waitUntil(() -> model.reader().highlightProperty().get() != null && model.visibleSectionProperty().get() == 2);
        assertThat(robot.lookup("#centreTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("readerTab");
        Highlight highlight = model.reader().highlightProperty().get();
        StyleClassedTextArea reader = robot.lookup("#reader").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> reader.firstVisibleParToAllParIndex() <= highlight.line()
                && highlight.line() <= reader.lastVisibleParToAllParIndex());
        String line = reader.getText(highlight.line());
        int start = line.indexOf("PMN-2");
        assertThat(highlight.ranges()).extracting(r -> r.start()).containsExactly(start);
        assertThat(reader.getStyleOfChar(highlight.line(), start + 1)).contains("match");
        assertThat(reader.getStyleOfChar(highlight.line(), line.indexOf("PMN,") + 1)).doesNotContain("match");
    }
}
