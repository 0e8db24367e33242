package org.fieldbook.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.ReportId;

/**
 * What a report's chart shows: the report's title facts (for the title and caption), its
 * figures, and the text of the footnotes they cite (for tooltips and the CSV).
 *
 * @param lastUpdated the report's "Last updated" date, or null
 * @param footnotes   footnote number to text, for the footnotes the figures cite
 */
public record FigureSet(ReportId report, String country, String profileType, int year, LocalDate lastUpdated,
                        List<Figure> figures, Map<Integer, String> footnotes) {
    public FigureSet {
        Objects.requireNonNull(report, "report");
        figures = List.copyOf(figures);
        footnotes = Map.copyOf(footnotes);
    }

    public boolean isEmpty() {
        return figures.isEmpty();
    }

    /** True when the figures were extracted from the text rather than curated. */
    public boolean isExtracted() {
        return figures.stream().anyMatch(f -> f.origin() == FigureOrigin.EXTRACTED);
    }

    public Optional<String> footnoteText(Integer number) {
        return number == null ? Optional.empty() : Optional.ofNullable(footnotes.get(number));
    }

    /** The footnote numbers the figures cite, in order, each once. */
    public List<Integer> footnoteNumbers() {
        return figures.stream().map(Figure::footnote).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
