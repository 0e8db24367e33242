package org.fieldbook.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.BlockPosition;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.Section;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.reader.ReaderDocument.Role;
import org.junit.jupiter.api.Test;

class ReaderDocumentTest {
    static Block block(BlockKind kind, String text, Marker... markers) {
        return new Block(kind, text, List.of(markers), 1);
    }

    // "Casualties in 2012[4]": marker 4 at 18..21
    static final Report REPORT = new Report(ReportId.parse("laos/casualties/2013"), "Lao PDR", "Casualties", 2013,
            LocalDate.of(2013, 8, 1), "laos.txt", null,
            List.of(block(BlockKind.TITLE, "Lao PDR"), block(BlockKind.CHROME, "<Previous | Next>")),
            List.of(new Section(0, null, List.of(block(BlockKind.PARAGRAPH, "Opening words.[1]", new Marker(1, 14, 17)))),
                    new Section(1, block(BlockKind.HEADING, "Casualties in 2012[4]", new Marker(4, 18, 21)),
                            List.of(block(BlockKind.PARAGRAPH, "First.[2] Second.[3]", new Marker(2, 6, 9),
                                    new Marker(3, 17, 20)),
                                    block(BlockKind.CHROME, "Jump to a specific section of the profile:")))),
            List.of(new Footnote(1, "[1] ", "One.", 9), new Footnote(2, "[2] ", "Two.", 10)), List.of());

    final ReaderDocument document = ReaderDocument.of(REPORT, Messages.english());

    @Test
    void titleAndFactsComeFirstThenChromeThenSections() {
        assertThat(document.lines()).extracting(ReaderDocument.Line::role).containsExactly(Role.TITLE, Role.META,
                Role.CHROME, Role.PARAGRAPH, Role.HEADING, Role.PARAGRAPH, Role.CHROME);
        assertThat(document.lines().get(1).text()).isEqualTo("Casualties · 2013 · Last updated 1 August 2013");
    }

    @Test
    void markersAreFoundByColumnIncludingInHeadings() {
        assertThat(document.markerAt(4, 19)).map(Marker::number).contains(4);
        assertThat(document.markerAt(5, 7)).map(Marker::number).contains(2);
        assertThat(document.markerAt(5, 10)).isEmpty();
        assertThat(document.markerAt(99, 0)).isEmpty();
    }

    @Test
    void sectionsMapToLinesAndBack() {
        assertThat(document.lineOfSection(1)).isEqualTo(4);
        assertThat(document.lineOf(1, 0)).isEqualTo(5);
        assertThat(document.sectionAt(0)).isZero();
        assertThat(document.sectionAt(6)).isEqualTo(1);
    }

    @Test
    void citedBetweenListsTheMarkersInsideASelection() {
        assertThat(document.citedBetween(5, 0, 5, 9)).containsExactly(2);
        assertThat(document.citedBetween(3, 0, 5, 20)).containsExactly(1, 4, 2, 3);
        assertThat(document.citedBetween(5, 10, 5, 12)).isEmpty();
    }

    @Test
    void citationsOfAFootnoteAreEveryPlaceThatCitesIt() {
        assertThat(document.citationsOf(4)).singleElement()
                .satisfies(c -> assertThat(c.paragraph()).isEqualTo(-1));
        assertThat(document.citationsOf(9)).isEmpty();
    }

    @Test
    void blockOrdinalsCountPreambleHeadingsAndBlocks() {
        // preamble 0,1; section 0 block 2; section 1 heading 3, blocks 4, 5
        assertThat(REPORT.positionOfBlock(1)).isEmpty();
        assertThat(REPORT.positionOfBlock(2)).contains(new BlockPosition(0, 0));
        assertThat(REPORT.positionOfBlock(3)).contains(new BlockPosition(1, -1));
        assertThat(REPORT.positionOfBlock(5)).contains(new BlockPosition(1, 1));
        assertThat(REPORT.positionOfBlock(6)).isEmpty();
    }

    @Test
    void highlightSpansMarkMarkersAndMatches() {
        var spans = ReaderView.spans(10, List.of(new Marker(1, 6, 9)), List.of(new org.fieldbook.model.TextRange(0, 2)));
        assertThat(spans.getSpanCount()).isEqualTo(4);
        assertThat(spans.getStyleSpan(0).getStyle()).containsExactly("match");
        assertThat(spans.getStyleSpan(2).getStyle()).containsExactly("marker");
    }
}
