package org.fieldbook.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fieldbook.model.Block;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;

/**
 * A report's words as a figure's sentence is matched against them: headings, paragraphs and
 * footnotes, with footnote markers removed and runs of white space (no-break spaces too)
 * made one space. Quotes, dashes and case are compared exactly.
 */
final class ReportText {
    private static final Pattern MARKER = Pattern.compile("\\[\\d+ ?]");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final List<String> passages = new ArrayList<>();

    ReportText(Report report) {
        for (Section section : report.sections()) {
            if (section.heading() != null) {
                passages.add(normalise(section.heading().text()));
            }
            for (Block block : section.paragraphs()) {
                passages.add(normalise(block.text()));
            }
        }
        for (Footnote footnote : report.footnotes()) {
            passages.add(normalise(footnote.text()));
        }
    }

    /** True when some passage of the report contains the sentence. */
    boolean contains(String sentence) {
        String wanted = normalise(sentence);
        return !wanted.isEmpty() && passages.stream().anyMatch(p -> p.contains(wanted));
    }

    static String normalise(String text) {
        String noMarkers = MARKER.matcher(text).replaceAll("");
        return SPACE.matcher(noMarkers).replaceAll(" ").replace(" ,", ",").replace(" .", ".").strip();
    }
}
