package org.fieldbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fieldbook export-chart} as a script drives it, on a library in a temporary folder. */
class ExportChartCommandTest {
    static final String SEED_ID = "russian-federation/mine-ban-policy/2021";

    @TempDir
    Path dir;


    CommandLineRun export(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export-chart";
        System.arraycopy(args, 0, all, 1, args.length);
        return CommandLineRun.on(dir.resolve("library.sqlite"), all);
    }

    @Test
    void aPngOfTheChosenSizeAndScale() throws IOException {
        Path png = dir.resolve("chart.png");
        CommandLineRun run = export(SEED_ID, "--out", png.toString(), "--width", "960", "--height", "540", "--scale", "2");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo(png + ": PNG, 1920 x 1080 pixels, 8 figures" + System.lineSeparator());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
    }

    @Test
    void theFormatComesFromTheExtensionUnlessGiven() throws IOException {
        assertThat(export(SEED_ID, "--out", dir.resolve("chart.SVG").toString()).status()).isZero();
        assertThat(Files.readString(dir.resolve("chart.SVG"))).startsWith("<?xml").contains("<svg xmlns=");
        assertThat(export(SEED_ID, "--out", dir.resolve("figures.csv").toString()).status()).isZero();
        assertThat(Files.readString(dir.resolve("figures.csv"))).startsWith("report_id,measure,year_or_period,value,");
        CommandLineRun forced = export(SEED_ID, "--out", dir.resolve("chart.data").toString(), "--format", "svg");
        assertThat(forced.status()).isZero();
        assertThat(Files.readString(dir.resolve("chart.data"))).startsWith("<?xml");
    }

    @Test
    void anUnknownFormatOrSizeIsAUsageErrorThatSaysWhatToDo() {
        CommandLineRun noFormat = export(SEED_ID, "--out", dir.resolve("chart.jpg").toString());
        assertThat(noFormat.status()).isEqualTo(2);
        assertThat(noFormat.err()).contains("cannot tell the format from the name " + dir.resolve("chart.jpg")
                + ": end it in .png, .svg or .csv, or add --format png|svg|csv");
        CommandLineRun badFormat = export(SEED_ID, "--out", dir.resolve("chart.png").toString(), "--format", "gif");
        assertThat(badFormat.err()).contains("unknown format 'gif': use png, svg or csv");
        CommandLineRun tooSmall = export(SEED_ID, "--out", dir.resolve("chart.png").toString(), "--width", "10");
        assertThat(tooSmall.status()).isEqualTo(2);
        assertThat(tooSmall.err()).contains("the chart must be 480 to 10000 pixels wide");
        assertThat(dir.resolve("chart.png")).doesNotExist();
    }

    @Test
    void anUnknownReportOrAMissingFolderIsAnErrorWithoutAStackTrace() {
        CommandLineRun unknown = export("atlantis/mine-ban-policy/2021", "--out", dir.resolve("chart.png").toString());
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("the library holds no report atlantis/mine-ban-policy/2021");

        Path nowhere = dir.resolve("nowhere/chart.png");
        CommandLineRun missing = export(SEED_ID, "--out", nowhere.toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("fieldbook: cannot write " + nowhere + ": the folder " + nowhere.getParent()
                + " does not exist" + System.lineSeparator());
    }

    @Test
    void helpListsTheCommandWithItsOptions() {
        CommandLineRun help = export("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--out=FILE", "--format=png|svg|csv", "--width=PX", "--height=PX", "--scale=S");
    }
}
