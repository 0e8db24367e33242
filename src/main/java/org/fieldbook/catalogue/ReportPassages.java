package org.fieldbook.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;

/** The passages of a report that can name a mine (headings, paragraphs, footnotes), numbered as the library stores them. */
final class ReportPassages {
    /**
     * A passage: {@code ordinal} is the block's report-wide ordinal (as
     * {@link Report#positionOfBlock} counts) or the footnote's position in the list.
     */
    record Passage(PassageKind kind, int ordinal, String text, int line) {
    }

    private ReportPassages() {
    }

    static List<Passage> of(Report report) {
        List<Passage> passages = new ArrayList<>();
        int ordinal = report.preamble().size();
        for (Section section : report.sections()) {
            if (section.heading() != null) {
                add(passages, section.heading(), ordinal++);
            }
            for (Block block : section.blocks()) {
                add(passages, block, ordinal++);
            }
        }
        List<Footnote> footnotes = report.footnotes();
        for (int i = 0; i < footnotes.size(); i++) {
            Footnote footnote = footnotes.get(i);
            passages.add(new Passage(PassageKind.FOOTNOTE, i, footnote.text(), footnote.line()));
        }
        return passages;
    }

    private static void add(List<Passage> passages, Block block, int ordinal) {
        switch (block.kind()) {
            case HEADING -> passages.add(new Passage(PassageKind.HEADING, ordinal, block.text(), block.line()));
            case PARAGRAPH -> passages.add(new Passage(PassageKind.PARAGRAPH, ordinal, block.text(), block.line()));
            default -> { }
        }
    }
}
