package org.fieldbook.importer;

import org.fieldbook.model.Block;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;

/**
 * Rebuilds a profile's text from its structure, the inverse of {@link ProfileParser}: the
 * non-blank lines of the result are the source file's non-blank lines, in order.
 */
public final class ProfileWriter {
    private ProfileWriter() {
    }

    /** The profile rebuilt from its structure: preamble, sections (heading then blocks), footnotes (label+text, continuation lines split on '\n'), trailer; one blank line between blocks. */
    public static String write(Report report) {
        StringBuilder out = new StringBuilder(8192);
        report.preamble().forEach(block -> append(out, block.text()));
        for (Section section : report.sections()) {
            if (section.heading() != null) {
                append(out, section.heading().text());
            }
            for (Block block : section.blocks()) {
                append(out, block.text());
            }
        }
        for (Footnote footnote : report.footnotes()) {
            append(out, footnote.sourceText());
        }
        report.trailer().forEach(block -> append(out, block.text()));
        return out.toString();
    }

    private static void append(StringBuilder out, String text) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(text).append('\n');
    }
}
