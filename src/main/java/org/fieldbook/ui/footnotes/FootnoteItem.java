package org.fieldbook.ui.footnotes;

import java.util.List;
import org.fieldbook.ui.reader.ReaderDocument.Citation;

/**
 * One entry of the footnote panel.
 *
 * @param text             the footnote's text, or null when the source cites it but has no text
 * @param citations        every place in the text that cites it (empty: never cited)
 * @param inVisibleSection whether the section in view cites it (such footnotes come first)
 */
public record FootnoteItem(int number, String text, List<Citation> citations, boolean inVisibleSection) {
    public FootnoteItem {
        citations = List.copyOf(citations);
    }

    public boolean isMissing() {
        return text == null;
    }

    public boolean isCited() {
        return !citations.isEmpty();
    }
}
