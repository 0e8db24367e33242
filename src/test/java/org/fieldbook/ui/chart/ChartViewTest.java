package org.fieldbook.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.fieldbook.model.Figure;
import org.fieldbook.model.ReportId;
import org.fieldbook.ui.Fixtures;
import org.fieldbook.ui.WindowTest;
import org.fieldbook.ui.footnotes.FootnoteItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Chart tab in the window, driven with the robot (headless, on Monocle). */
class ChartViewTest extends WindowTest {
    static final ReportId SEED = ReportId.parse(Fixtures.SEED_ID);

    @Start
    void start(Stage stage) throws IOException {
        show(stage);
    }

    /** True when the node and every parent of it are visible. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    TabPane centreTabs(FxRobot robot) {
        return robot.lookup("#centreTabs").queryAs(TabPane.class);
    }

    List<Region> marks(FxRobot robot) {
        return robot.lookup(".chart-mark").queryAllAs(Region.class).stream().toList();
    }

    Region markOf(FxRobot robot, long value) {
        return marks(robot).stream().filter(m -> ((Figure) m.getUserData()).value() == value).findFirst().orElseThrow();
    }

    void openChartTabOn(FxRobot robot, ReportId report) throws TimeoutException {
        waitUntil(() -> model.tree().loadedProperty().get());
        robot.interact(() -> model.openSection(report, 0));
        waitUntil(() -> model.documentProperty().get() != null);
        robot.interact(() -> centreTabs(robot).getSelectionModel().select(centreTabs(robot).getTabs().stream()
                .filter(t -> "chartTab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> centreTabs(robot).getSelectionModel().getSelectedItem().getId().equals("chartTab"));
    }

    @Test
    void theChartTabShowsEveryFigureAsAPointBarOrEntryAndTheTableListsThem(FxRobot robot) throws Exception {
        openChartTabOn(robot, SEED);
        waitUntil(() -> marks(robot).size() == 8);

        Region chart = robot.lookup("#stockpileChart").queryAs(Region.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(chart.getHeight()).isGreaterThan(250);
        assertThat(marks(robot)).allSatisfy(mark -> assertThat(mark.localToScene(mark.getBoundsInLocal()))
                .satisfies(b -> assertThat(chart.localToScene(chart.getBoundsInLocal()).contains(b)).isTrue()));
        @SuppressWarnings("unchecked")
        TableView<Figure> table = robot.lookup("#figureTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(8);
        Region point = markOf(robot, 26_500_000);
        Tooltip tooltip = (Tooltip) point.getProperties().get("javafx.scene.control.Tooltip");
        assertThat(tooltip.getText()).startsWith("26.5 million antipersonnel mines")
                .contains("exact · reported", "“In November 2004", "Footnote [23]: Statement by Sergei Ivanov");
    }

    @Test
    void clickingAPointOpensItsFootnoteInTheReader(FxRobot robot) throws Exception {
        openChartTabOn(robot, SEED);
        waitUntil(() -> marks(robot).size() == 8);

        robot.clickOn(markOf(robot, 464_000));

        @SuppressWarnings("unchecked")
        ListView<FootnoteItem> footnotes = robot.lookup("#footnoteList").queryAs(ListView.class);
        waitUntil(() -> footnotes.getSelectionModel().getSelectedItem() != null
                && footnotes.getSelectionModel().getSelectedItem().number() == 25);
        assertThat(centreTabs(robot).getSelectionModel().getSelectedItem().getId()).isEqualTo("readerTab");
        assertThat(model.visibleSectionProperty().get()).isEqualTo(4);
    }

    @Test
    void theLogScaleMakes464000ReadableBesideTensOfMillions(FxRobot robot) throws Exception {
        openChartTabOn(robot, SEED);
        waitUntil(() -> marks(robot).size() == 8);
        double linear = markOf(robot, 464_000).getHeight();

        robot.clickOn("#logScaleToggle");

        waitUntil(() -> markOf(robot, 464_000).getHeight() > linear * 5);
        assertThat(model.chart().logScaleProperty().get()).isTrue();
    }

    @Test
    void aReportWithNothingToChartShowsWhy(FxRobot robot) throws Exception {
        robot.interact(() -> model.imports().importFiles(List.of(Path.of("src/test/resources/cli/new-zealand-2020.txt"))));
        waitUntil(() -> model.reportCountProperty().get() == 2);
        openChartTabOn(robot, ReportId.parse("new-zealand/mine-ban-policy/2020"));

        Label empty = robot.lookup("#chartEmpty").queryAs(Label.class);
        waitUntil(empty::isVisible);
        assertThat(empty.getText()).startsWith("New Zealand: Mine Ban Policy 2020 has no stockpile figures");
        assertThat(shown(robot.lookup("#stockpileChart").query())).as("the chart is hidden").isFalse();
        assertThat(marks(robot)).isEmpty();
    }
}
