package org.fieldbook.chart;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.library.LibraryService;
import org.fieldbook.library.ReportNotFoundException;
import org.fieldbook.model.Figure;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.storage.FigureRepository;

/**
 * The stockpile chart of a report: its curated figures, or, for a report without any, the
 * candidates found in its text; and the chart's export. The window and the command line
 * both come here.
 */
public final class ChartService {
    private final LibraryService library;
    private final FigureRepository figures;
    private final FigureExtractor extractor;
    private final ChartExporter exporter;

    public ChartService(LibraryService library, FigureRepository figures, FigureExtractor extractor,
                        ChartExporter exporter) {
        this.library = library;
        this.figures = figures;
        this.extractor = extractor;
        this.exporter = exporter;
    }

    /**
     * The figures of a report's chart: the curated ones, or, when it has none, those
     * extracted from its stockpile section (marked {@code EXTRACTED}); empty when neither.
     *
     * @throws ReportNotFoundException when the library does not hold the report
     * @throws org.fieldbook.storage.StorageException when the library cannot be read
     */
    public FigureSet figureSet(ReportId id) {
        Report report = library.find(id).orElseThrow(() -> new ReportNotFoundException(id));
        List<Figure> curated = figures.find(id);
        List<Figure> shown = curated.isEmpty() ? extractor.extract(report) : curated;
        Map<Integer, String> footnotes = new HashMap<>();
        for (Figure figure : shown) {
            figure.footnoteIfAny().flatMap(report::footnote).ifPresent(f -> footnotes.put(f.number(), f.text()));
        }
        return new FigureSet(id, report.country(), report.profileType(), report.year(), report.lastUpdated(), shown,
                footnotes);
    }

    /**
     * Exports a report's chart (or, as CSV, its figures) to {@code target}, replacing it atomically.
     *
     * @throws ReportNotFoundException when the library does not hold the report
     * @throws ChartExportException    when the report has no figures or the file cannot be written
     */
    public void export(ReportId id, ExportOptions options, Path target) {
        FigureSet set = figureSet(id);
        if (set.isEmpty()) {
            throw new ChartExportException(id + " has no stockpile figures to chart: no figures file was imported "
                    + "for it, and Fieldbook found no counts of mines in a stockpile section of its text");
        }
        exporter.export(set, options, target);
    }

    /** The exporter, for exports of a figure set already loaded (the window's). */
    public ChartExporter exporter() {
        return exporter;
    }
}
