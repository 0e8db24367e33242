package org.fieldbook.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fieldbook.chart.ChartService;
import org.fieldbook.chart.ExportFormat;
import org.fieldbook.chart.ExportOptions;
import org.fieldbook.chart.FigureSet;
import org.fieldbook.model.ReportId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fieldbook export-chart ID --out FILE}: the report's stockpile chart as PNG or SVG, or its figures as CSV. */
@Command(name = "export-chart", mixinStandardHelpOptions = true,
        versionProvider = FieldbookCommand.VersionProvider.class,
        description = {"Export a report's stockpile chart as PNG or SVG, or its figures as CSV.",
        "Needs no display. The file is replaced in one step: a failed export leaves the old file."})
final class ExportChartCommand implements Callable<Integer> {
    @ParentCommand
    private FieldbookCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", converter = ReportIdConverter.class,
            description = "Report id, e.g. russian-federation/mine-ban-policy/2021 (see 'list').")
    private ReportId id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--format", paramLabel = "png|svg|csv",
            description = "What to write (default: from the file's extension).")
    private String format;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "" + ExportOptions.DEFAULT_WIDTH,
            description = "Chart width in pixels (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "" + ExportOptions.DEFAULT_HEIGHT,
            description = "Chart height in pixels (default: ${DEFAULT-VALUE}).")
    private int height;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1",
            description = "PNG pixels per chart pixel: 2 for high-density screens (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Override
    public Integer call() {
        ExportFormat chosen = (format == null ? ExportFormat.ofFile(out) : ExportFormat.named(format))
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), format == null
                        ? "cannot tell the format from the name " + out + ": end it in .png, .svg or .csv, "
                                + "or add --format png|svg|csv"
                        : "unknown format '" + format + "': use png, svg or csv"));
        ExportOptions options;
        try {
            options = new ExportOptions(chosen, width, height, scale, false);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ChartService charts = parent.context().chartService();
        FigureSet set = charts.figureSet(id);
        charts.export(id, options, out);
        if (set.isExtracted()) {
            parent.err().println("note: " + id + " has no curated figures; the " + set.figures().size()
                    + " figures were extracted from its text and not checked");
        }
        parent.err().println(out + ": " + describe(options, set));
        parent.err().flush();
        return 0;
    }

    private static String describe(ExportOptions options, FigureSet set) {
        String figures = set.figures().size() + (set.figures().size() == 1 ? " figure" : " figures");
        return switch (options.format()) {
            case PNG -> String.format(Locale.ROOT, "PNG, %d x %d pixels, %s", options.pixelWidth(),
                    options.pixelHeight(), figures);
            case SVG -> String.format(Locale.ROOT, "SVG, %d x %d, %s", options.width(), options.height(), figures);
            case CSV -> "CSV, " + figures;
        };
    }
}
