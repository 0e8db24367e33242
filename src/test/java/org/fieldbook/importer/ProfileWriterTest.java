package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.Section;
import org.junit.jupiter.api.Test;

/** The writer rebuilds the text from the structure, not from a stored copy. */
class ProfileWriterTest {

    @Test
    void writesEveryPartInOrderWithOneBlankLineBetweenBlocks() {
        Report report = new Report(ReportId.of("Chile", "Mine Action", 2020), "Chile", "Mine Action", 2020,
                LocalDate.of(2020, 5, 1), "chile.txt", null,
                List.of(block(BlockKind.CHROME, "<Bolivia | Colombia>", 1), block(BlockKind.TITLE, "Chile", 2),
                        block(BlockKind.TITLE, "Mine Action", 3)),
                List.of(new Section(0, null, List.of(block(BlockKind.PARAGRAPH, "Before any heading.", 4))),
                        new Section(1, block(BlockKind.HEADING, "Clearance[1]", 5),
                                List.of(block(BlockKind.PARAGRAPH, "Chile completed clearance in 2020.", 6),
                                        block(BlockKind.CHROME, "*", 7)))),
                List.of(new Footnote(1, "[1] ", "Article 7 Report, 2020.\nSecond line of the entry.", 8),
                        new Footnote(2, "[2]", "", 10)),
                List.of(block(BlockKind.CHROME, "<Previous | Next>", 11)));

        assertThat(ProfileWriter.write(report)).isEqualTo("""
                <Bolivia | Colombia>

                Chile

                Mine Action

                Before any heading.

                Clearance[1]

                Chile completed clearance in 2020.

                *

                [1] Article 7 Report, 2020.
                Second line of the entry.

                [2]

                <Previous | Next>
                """);
    }

    @Test
    void aMirroredCopyIsWrittenWithBlankLinesBetweenParagraphs() {
        String written = ProfileWriter.write(Profiles.report(Profiles.LAO));

        assertThat(written).startsWith("Lao PDR\n\nCluster Munition Ban Policy\n\nPolicy\n\nThe Lao People’s")
                .endsWith("Geneva, 16 April 2012.\n\n<Previous | Next>\n");
    }

    private static Block block(BlockKind kind, String text, int line) {
        return new Block(kind, text, kind == BlockKind.HEADING ? List.of(new Marker(1, 9, 12)) : List.of(), line);
    }
}
