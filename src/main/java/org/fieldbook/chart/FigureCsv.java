package org.fieldbook.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fieldbook.model.Figure;

/**
 * A report's figures as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma,
 * quote or line end in double quotes, quotes doubled), one row per figure with its source.
 * Codes are those of figures files ("planned-destruction", "2005-2015"); values are whole
 * numbers, so a spreadsheet reads them as numbers.
 */
final class FigureCsv {
    static final List<String> HEADER = List.of("report_id", "measure", "year_or_period", "value", "qualifier", "kind",
            "footnote", "sentence", "mines", "place", "derivation", "origin", "footnote_text");

    private FigureCsv() {
    }

    static String write(FigureSet set) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Figure figure : set.figures()) {
            row(csv, List.of(figure.report().toString(), figure.measure().code(),
                    figure.period() == null ? "" : figure.period().code(), String.valueOf(figure.value()),
                    figure.qualifier().code(), figure.kind().code(),
                    figure.footnote() == null ? "" : figure.footnote().toString(), figure.sentence(),
                    figure.mines().code(), Objects.toString(figure.place(), ""),
                    Objects.toString(figure.derivation(), ""), figure.origin().name().toLowerCase(Locale.ROOT),
                    set.footnoteText(figure.footnote()).orElse("")));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
