package org.fieldbook.importer;

import java.util.List;
import org.fieldbook.importer.FigureFields.ReadFigure;
import org.fieldbook.model.Figure;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Markers;
import org.fieldbook.model.Report;

/** Checks figures against the report they belong to: their footnotes and their sentences. */
final class FigureChecks {
    private FigureChecks() {
    }

    static void check(String file, Report report, List<ReadFigure> figures, List<Problem> problems) {
        ReportText text = new ReportText(report);
        for (ReadFigure read : figures) {
            Figure figure = read.figure();
            String which = "figure " + read.number() + ": ";
            Integer footnote = figure.footnote();
            if (footnote != null && report.footnote(footnote).isEmpty()) {
                String why = report.citedNumbers().contains(footnote)
                        ? "footnote [" + footnote + "] is cited in " + report.id() + " but has no text there"
                        : report.id() + " has no footnote [" + footnote + "] (its footnotes: " + numbers(report) + ")";
                problems.add(Problem.error(file, read.footnoteLine(), which + why));
            }
            if (!text.contains(figure.sentence())) {
                problems.add(Problem.warning(file, read.sentenceLine(), which + "the sentence is not in the text of "
                        + report.id() + " (check its wording against the profile): \"" + shortened(figure.sentence())
                        + "\""));
            }
        }
    }

    /** The report's footnote numbers as runs: "[1]-[21], [23]-[26]". */
    private static String numbers(Report report) {
        List<Integer> numbers = report.footnotes().stream().map(Footnote::number).sorted().distinct().toList();
        if (numbers.isEmpty()) {
            return "none";
        }
        return Markers.runs(numbers);
    }

    private static String shortened(String sentence) {
        return sentence.length() <= 80 ? sentence : sentence.substring(0, 77) + "...";
    }
}
