package org.fieldbook.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fieldbook.importer.Problem;
import org.fieldbook.model.Marker;
import org.fieldbook.model.SearchHit;
import org.fieldbook.ui.WindowTest;
import org.fieldbook.ui.footnotes.FootnoteItem;
import org.fieldbook.ui.reader.ReaderDocument;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window driven as a user drives it (headless, on Monocle), nodes found by id. */
class MainViewTest extends WindowTest {
    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }


    @SuppressWarnings("unchecked")
    TreeView<Object> tree(FxRobot robot) {
        return robot.lookup("#libraryTree").queryAs(TreeView.class);
    }

    StyleClassedTextArea reader(FxRobot robot) {
        return robot.lookup("#reader").queryAs(StyleClassedTextArea.class);
    }

    void clickTreeNode(FxRobot robot, String text) throws TimeoutException {
        waitUntil(() -> robot.lookup(".tree-cell").match(n -> text.equals(((javafx.scene.control.TreeCell<?>) n).getText()))
                .tryQuery().isPresent());
        robot.clickOn((javafx.scene.Node) robot.lookup(".tree-cell")
                .match(n -> text.equals(((javafx.scene.control.TreeCell<?>) n).getText())).query());
    }

    void openReportInTree(FxRobot robot) throws TimeoutException {
        waitUntil(() -> model.tree().loadedProperty().get());
        waitUntil(() -> tree(robot).getRoot() != null && !tree(robot).getRoot().getChildren().isEmpty());
        robot.interact(() -> tree(robot).getRoot().getChildren().get(0).setExpanded(true));
        clickTreeNode(robot, "Mine Ban Policy 2021");
        waitUntil(() -> model.documentProperty().get() != null);
    }

    boolean lineVisible(FxRobot robot, int line) {
        StyleClassedTextArea area = reader(robot);
        return area.firstVisibleParToAllParIndex() <= line && line <= area.lastVisibleParToAllParIndex();
    }

    @Test
    void selectingStockpilingAndDestructionShowsItsFirstParagraph(FxRobot robot) throws TimeoutException {
        openReportInTree(robot);
        clickTreeNode(robot, "Stockpiling and destruction");
        waitUntil(() -> model.visibleSectionProperty().get() == 4);
        ReaderDocument document = model.documentProperty().get();
        int first = document.lineOf(4, 0);
        assertThat(document.lines().get(first).text()).startsWith("In November 2004, for the first time");
        waitUntil(() -> lineVisible(robot, first));
        assertThat(reader(robot).getText(first)).startsWith("In November 2004, for the first time");
    }

    @Test
    void clickingMarker23SelectsFootnote23InThePanel(FxRobot robot) throws Exception {
        openReportInTree(robot);
        clickTreeNode(robot, "Stockpiling and destruction");
        ReaderDocument document = model.documentProperty().get();
        int line = document.lineOf(4, 0);
        waitUntil(() -> lineVisible(robot, line));
        Marker marker = document.lines().get(line).markers().stream().filter(m -> m.number() == 23).findFirst()
                .orElseThrow();
        StyleClassedTextArea area = reader(robot);
        int offset = area.getAbsolutePosition(line, marker.start() + 1);
        Bounds bounds = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(offset, offset + 1))
                .get().orElseThrow();
        robot.clickOn(bounds.getCenterX(), bounds.getCenterY());

        @SuppressWarnings("unchecked")
        ListView<FootnoteItem> footnotes = robot.lookup("#footnoteList").queryAs(ListView.class);
        waitUntil(() -> footnotes.getSelectionModel().getSelectedItem() != null);
        assertThat(footnotes.getSelectionModel().getSelectedItem().number()).isEqualTo(23);
        assertThat(footnotes.getSelectionModel().getSelectedItem().text()).startsWith("Statement by Sergei Ivanov");
    }

    @Test
    void searchingWagnerListsHitsInUseAndOpeningOneShowsIt(FxRobot robot) throws TimeoutException {
        waitUntil(() -> model.tree().loadedProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("Wagner");
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = robot.lookup("#searchResults").queryAs(ListView.class);
        waitUntil(() -> !results.getItems().isEmpty());
        assertThat(results.getItems()).allSatisfy(hit -> assertThat(hit.sectionTitle()).isEqualTo("Use"));
        robot.clickOn((javafx.scene.Node) robot.lookup(".hit-cell").nth(0).query());
        waitUntil(() -> model.visibleSectionProperty().get() == 1 && model.reader().highlightProperty().get() != null);
        int line = model.reader().highlightProperty().get().line();
        waitUntil(() -> lineVisible(robot, line));
        assertThat(reader(robot).getText(line)).containsIgnoringCase("Wagner");
    }

    @Test
    void importingABrokenFileListsItsProblemsAndLeavesTheTreeUnchanged(FxRobot robot) throws Exception {
        openReportInTree(robot);
        TreeItem<Object> rootBefore = tree(robot).getRoot();
        int countriesBefore = rootBefore.getChildren().size();
        Path broken = Files.createTempFile(dir, "broken", ".txt");
        Files.write(broken, new byte[] {'R', 'u', 0, 1, 2, (byte) 0xff});
        robot.interact(() -> model.imports().importFiles(List.of(broken)));
        waitUntil(() -> robot.lookup("#problemList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Problem> problems = robot.lookup("#problemList").queryAs(ListView.class);
        waitUntil(() -> !problems.getItems().isEmpty());
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems().get(0).toString()).startsWith(broken + ":1: error:");
        assertThat(tree(robot).getRoot().getChildren()).hasSize(countriesBefore);
        assertThat(model.reportCountProperty().get()).isEqualTo(1);
    }

    @Test
    void backAfterTwoNavigationsReturnsToTheFirstPlace(FxRobot robot) throws TimeoutException {
        openReportInTree(robot);
        clickTreeNode(robot, "Production");
        waitUntil(() -> model.visibleSectionProperty().get() == 2);
        clickTreeNode(robot, "Stockpiling and destruction");
        waitUntil(() -> model.visibleSectionProperty().get() == 4);
        robot.clickOn("#reader");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> model.visibleSectionProperty().get() == 2);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        waitUntil(() -> model.visibleSectionProperty().get() == 0);
        assertThat(model.canGoBackProperty().get()).isFalse();
    }

    @Test
    void importingAGoodFileAddsItsCountryToTheTree(FxRobot robot) throws Exception {
        openReportInTree(robot);
        Path profile = dir.resolve("new-zealand-2020.txt");
        Files.copy(Path.of("src/test/resources/cli/new-zealand-2020.txt"), profile,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        robot.interact(() -> model.imports().importFiles(List.of(profile)));
        waitUntil(() -> tree(robot).getRoot().getChildren().size() == 2);
        assertThat(tree(robot).getRoot().getChildren()).extracting(item -> item.getValue().toString())
                .anySatisfy(text -> assertThat(text).contains("New Zealand"));
        clickTreeNode(robot, "New Zealand");
        assertThat(robot.lookup("#importStatus").queryLabeled().getText()).isEqualTo("1 file imported.");
    }
}
