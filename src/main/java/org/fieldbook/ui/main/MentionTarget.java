package org.fieldbook.ui.main;

import java.util.List;
import org.fieldbook.model.BlockPosition;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Mention;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.TextRange;
import org.fieldbook.ui.reader.ReaderDocument;
import org.fieldbook.ui.reader.ReaderDocument.Citation;

/**
 * Where the reader goes to show a mention of a mine type, and what it highlights there: the
 * passage with the mine's name marked; for a footnote, the place where the text first cites
 * it, with its marker marked, and the footnote to select.
 *
 * @param footnote the footnote to select, or null
 */
record MentionTarget(Place place, List<TextRange> ranges, Integer footnote) {

    static MentionTarget of(Mention mention, ReaderDocument document) {
        ReportId id = mention.reportId();
        if (mention.kind() == PassageKind.FOOTNOTE) {
            List<Citation> citations = document.citationsOf(mention.footnoteNumber());
            if (citations.isEmpty()) {
                return new MentionTarget(Place.sectionTop(id, firstSection(document)), List.of(), mention.footnoteNumber());
            }
            Citation first = citations.get(0);
            Marker marker = first.marker();
            return new MentionTarget(new Place(id, first.section(), first.paragraph()),
                    List.of(new TextRange(marker.start(), marker.end())), mention.footnoteNumber());
        }
        BlockPosition position = document.report().positionOfBlock(mention.blockOrdinal())
                .orElse(new BlockPosition(mention.sectionOrdinal() == null ? 0 : mention.sectionOrdinal(), -1));
        // the reader shows a heading without its leading spaces
        int lead = position.index() < 0 ? mention.text().length() - mention.text().stripLeading().length() : 0;
        List<TextRange> ranges = mention.ranges().stream()
                .map(r -> new TextRange(Math.max(0, r.start() - lead), Math.max(0, r.end() - lead))).toList();
        return new MentionTarget(new Place(id, position.section(), position.index()), ranges, null);
    }

    private static int firstSection(ReaderDocument document) {
        return document.report().sections().isEmpty() ? 0 : document.report().sections().get(0).ordinal();
    }
}
