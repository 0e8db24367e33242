package org.fieldbook.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fieldbook.AppContext;
import org.fieldbook.model.Figure;
import org.fieldbook.model.ReportId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exported files opened as their readers open them: the PNG as an image, the SVG as XML, the CSV as rows. */
class ChartExportTest {
    static final ReportId RUSSIA = ReportId.parse("russian-federation/mine-ban-policy/2021");
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;
    AppContext context;
    ChartService charts;
    FigureSet set;

    @BeforeEach
    void open() {
        context = AppContext.open(dir.resolve("library.sqlite"));
        charts = context.chartService();
        set = charts.figureSet(RUSSIA);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void thePngHasTheChosenSizeTimesTheScaleAndItsPlotShowsBothSeries() throws IOException {
        Path file = dir.resolve("chart.png");
        charts.export(RUSSIA, new ExportOptions(ExportFormat.PNG, 800, 500, 2, false), file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        Box plot = ChartLayout.of(set, 800, 500, false, new AwtTextMeasure(), ChartText.english()).plot().box();
        int[] pixels = image.getRGB((int) plot.x() * 2, (int) plot.y() * 2, (int) plot.width() * 2,
                (int) plot.height() * 2, null, 0, (int) plot.width() * 2);
        assertThat(count(pixels, Palette.LIGHT.stockpile())).as("stockpile line and points").isGreaterThan(500);
        assertThat(count(pixels, Palette.LIGHT.destroyed())).as("destroyed bars").isGreaterThan(20_000);
        Set<Integer> colours = new HashSet<>();
        for (int pixel : pixels) {
            colours.add(pixel & 0xFFFFFF);
        }
        assertThat(colours).as("a drawn plot, not a blank one").hasSizeGreaterThan(50);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).as("the light background of print").isEqualTo(0xFFFFFF);
    }

    @Test
    void onALogScale464000IsATallBarToo() {
        ExportOptions log = new ExportOptions(ExportFormat.PNG, 800, 500, 1, true);
        ChartLayout layout = ChartLayout.of(set, 800, 500, true, new AwtTextMeasure(), ChartText.english());
        PlotLayout.Bar bar464 = layout.plot().bars().stream().filter(b -> b.figure().value() == 464_000).findFirst()
                .orElseThrow();
        assertThat(bar464.box().height()).as("on a log axis from 100,000 to 100 million")
                .isGreaterThan(layout.plot().box().height() / 5);
        BufferedImage image = charts.exporter().png(set, log);
        Box b = bar464.box();
        assertThat(image.getRGB((int) b.centerX(), (int) b.centerY()) & 0xFFFFFF)
                .isEqualTo(Palette.LIGHT.destroyed().rgb());
        assertThat(layout.plot().tickLabels()).extracting(TextItem::text)
                .contains("100,000", "1 million", "10 million", "100 million");
    }

    @Test
    void theSvgIsXmlWithItsTitleCaptionAxisLabelsAndATooltipPerFigure() throws Exception {
        Path file = dir.resolve("chart.svg");
        charts.export(RUSSIA, new ExportOptions(ExportFormat.SVG, 1280, 720, 2, false), file);

        Document svg = parse(Files.readAllBytes(file));
        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1280 720");
        assertThat(root.getAttribute("width")).isEqualTo("1280");
        assertThat(root.getAttribute("font-family")).isEqualTo("sans-serif");
        List<String> texts = texts(svg);
        assertThat(texts).contains("Russian Federation: antipersonnel mine stockpile and destruction",
                "Landmine Monitor, Russian Federation: Mine Ban Policy, last updated 17 November 2021; "
                        + "footnotes [23]-[26]",
                "Antipersonnel mines", "Year", "0", "10 million", "50 million", "2000", "2015",
                "46 million", "26.5 million", "about 19.5 million", "at least 464,000", "Not on the time axis",
                "18,200", "Held abroad · Tajikistan\u00a0·\u00a0[26]");
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "text").getLength()).isEqualTo(texts.size());
        List<String> tooltips = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getFirstChild() instanceof Element first && first.getLocalName().equals("title")) {
                tooltips.add(first.getTextContent());
            }
        }
        assertThat(tooltips).as("one tooltip per figure").hasSize(8);
        assertThat(tooltips).anySatisfy(t -> assertThat(t).startsWith("26.5 million antipersonnel mines\n")
                .contains("Stockpiled · November 2004 · exact · reported", "“In November 2004, for the first time",
                        "Footnote [23]: Statement by Sergei Ivanov"));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotContain("font-family=\"Dej");
    }

    @Test
    void theCsvHasOneRowPerFigureWithItsSourceExactly() throws IOException {
        Path file = dir.resolve("figures.csv");
        charts.export(RUSSIA, ExportOptions.of(ExportFormat.CSV), file);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\n").doesNotContain("\r\n\r\n");
        List<List<String>> rows = Rfc4180.parse(csv);
        assertThat(rows.get(0)).containsExactly("report_id", "measure", "year_or_period", "value", "qualifier", "kind",
                "footnote", "sentence", "mines", "place", "derivation", "origin", "footnote_text");
        assertThat(rows).hasSize(1 + set.figures().size());
        for (int i = 0; i < set.figures().size(); i++) {
            Figure f = set.figures().get(i);
            assertThat(rows.get(i + 1)).containsExactly(RUSSIA.toString(), f.measure().code(),
                    f.period() == null ? "" : f.period().code(), Long.toString(f.value()), f.qualifier().code(),
                    f.kind().code(), f.footnote() == null ? "" : f.footnote().toString(), f.sentence(),
                    f.mines().code(), f.place() == null ? "" : f.place(),
                    f.derivation() == null ? "" : f.derivation(), "curated", set.footnotes().get(f.footnote()));
        }
        assertThat(rows.get(1)).containsExactly(RUSSIA.toString(), "stockpiled", "2000", "46000000", "exact",
                "reported", "23", "Ivanov said that in 2000, Russia stockpiled 46 million antipersonnel landmines, "
                        + "but had since destroyed or disposed of around 19.5 million of them.",
                "antipersonnel", "", "", "curated", set.footnotes().get(23));
        assertThat(rows.get(8)).startsWith(RUSSIA.toString(), "held-abroad", "", "18200", "exact", "reported", "26");
    }

    @Test
    void anExportReplacesTheOldFileAndLeavesNothingElseInTheFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path file = Files.writeString(folder.resolve("chart.svg"), "old");

        charts.export(RUSSIA, ExportOptions.of(ExportFormat.SVG), file);

        assertThat(Files.readString(file)).startsWith("<?xml");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void exportsThatCannotBeWrittenSayWhy() throws IOException {
        Path missing = dir.resolve("no-such-folder/chart.png");
        assertThatThrownBy(() -> charts.export(RUSSIA, ExportOptions.of(ExportFormat.PNG), missing))
                .isInstanceOf(ChartExportException.class)
                .hasMessage("cannot write " + missing + ": the folder " + missing.getParent() + " does not exist");
        Path folder = Files.createDirectory(dir.resolve("a-folder.png"));
        assertThatThrownBy(() -> charts.export(RUSSIA, ExportOptions.of(ExportFormat.PNG), folder))
                .hasMessage("cannot write " + folder + ": it is a folder");
    }

    @Test
    void aReportWithNeitherFiguresNorCandidatesHasNothingToExport() {
        context.importService().importFile(Path.of("src/test/resources/cli/new-zealand-2020.txt"));
        ReportId newZealand = ReportId.parse("new-zealand/mine-ban-policy/2020");

        assertThat(charts.figureSet(newZealand).isEmpty()).isTrue();
        assertThatThrownBy(() -> charts.export(newZealand, ExportOptions.of(ExportFormat.PNG), dir.resolve("nz.png")))
                .isInstanceOf(ChartExportException.class).hasMessageStartingWith(newZealand + " has no stockpile figures");
        assertThat(dir.resolve("nz.png")).doesNotExist();
    }

    @Test
    void optionsOutOfRangeAreRefusedWithTheirLimits() {
        assertThatThrownBy(() -> new ExportOptions(ExportFormat.PNG, 100, 500, 1, false))
                .hasMessage("the chart must be 480 to 10000 pixels wide and 320 to 10000 high, not 100 by 500");
        assertThatThrownBy(() -> new ExportOptions(ExportFormat.PNG, 800, 500, 0, false))
                .hasMessageStartingWith("the scale must be from 0.5 to 4");
        assertThatThrownBy(() -> new ExportOptions(ExportFormat.PNG, 10_000, 10_000, 4, false))
                .hasMessageStartingWith("the image would have 40000 by 40000 pixels");
    }

    private static long count(int[] pixels, Rgb colour) {
        int wanted = colour.rgb();
        long n = 0;
        for (int pixel : pixels) {
            if ((pixel & 0xFFFFFF) == wanted) {
                n++;
            }
        }
        return n;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SVG_NS, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
