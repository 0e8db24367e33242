package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fieldbook.AppContext;
import org.fieldbook.chart.ExportFormat;
import org.fieldbook.chart.ExportOptions;
import org.fieldbook.model.ReportId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The stockpile chart of the seed report exported as a 1920x1080 PNG at 2x, as
 * {@code fieldbook export-chart} and File > Export chart run it through the real
 * {@code ChartService}: figures read from the library, laid out, drawn, encoded, and
 * written atomically to a file. Run by {@link Jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChartExportBench {
    static final ReportId SEED_REPORT = ReportId.of("Russian Federation", "Mine Ban Policy", 2021);
    static final ExportOptions FULL_HD_2X = new ExportOptions(ExportFormat.PNG, 1920, 1080, 2.0, false);

    @Param("")
    public String library;

    private AppContext context;
    private Path target;

    @Setup(Level.Trial)
    public void open() throws IOException {
        context = AppContext.open(Path.of(library));
        target = Files.createTempDirectory("chart-bench").resolve("chart.png");
    }

    @Benchmark
    public Path exportPng() {
        context.chartService().export(SEED_REPORT, FULL_HD_2X, target);
        return target;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        context.close();
        Files.deleteIfExists(target);
        Files.deleteIfExists(target.getParent());
    }
}
