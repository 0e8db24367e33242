package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sections, headings, paragraphs and chrome as a reader sees them. */
class BodyStructureTest {

    @Test
    void sectionsOfAProfileWithChromeEverywhere() {
        Report bosnia = Profiles.report(Profiles.BOSNIA);

        assertThat(Profiles.titles(bosnia)).containsExactly("Contamination", "Land release", "Casualties");
        assertThat(Profiles.paragraphCounts(bosnia)).containsExactly(2, 2, 1);
        assertThat(bosnia.sections().get(0).blocks()).extracting(Block::kind, Block::line).containsExactly(
                tuple(BlockKind.PARAGRAPH, 15), tuple(BlockKind.PARAGRAPH, 17), tuple(BlockKind.CHROME, 19));
        assertThat(bosnia.sections().get(0).blocks().get(2).text()).isEqualTo("*");
        assertThat(bosnia.sections().get(2).blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(BlockKind.PARAGRAPH, "Mine/ERW casualties in 2020 totalled five, all of them men.[6]"),
                tuple(BlockKind.CHROME, "Footnotes"));
        assertThat(bosnia.trailer()).containsExactly(new Block(BlockKind.CHROME, "<BELARUS | BRAZIL>", List.of(), 41));
        assertThat(bosnia.sections()).extracting(Section::ordinal).containsExactly(0, 1, 2);
    }

    @Test
    void headingsWithMarkersAndTrailingSpaces() {
        Report myanmar = Profiles.report(Profiles.MYANMAR);

        assertThat(Profiles.titles(myanmar)).containsExactly("Casualties in 2012", "Casualties in 2010", "Victim assistance");
        assertThat(Profiles.paragraphCounts(myanmar)).containsExactly(1, 1, 1);
        Block attached = myanmar.sections().get(0).heading();
        assertThat(attached.text()).isEqualTo("Casualties in 2012[1]");
        assertThat(attached.markers()).extracting(m -> m.number(), m -> m.start(), m -> m.end())
                .containsExactly(tuple(1, 18, 21));
        Block spaced = myanmar.sections().get(1).heading();
        assertThat(spaced.text()).isEqualTo("Casualties in 2010 [4]");
        assertThat(spaced.markers()).extracting(m -> m.number(), m -> m.start(), m -> m.end())
                .containsExactly(tuple(4, 19, 22));
        assertThat(spaced.line()).isEqualTo(15);
        assertThat(myanmar.sections().get(2).heading().text()).isEqualTo("Victim assistance");
    }

    @Test
    void overviewTableRowsBeforeTheFirstHeadingAreChromeInThePreamble() {
        Report myanmar = Profiles.report(Profiles.MYANMAR);

        assertThat(myanmar.preamble()).extracting(Block::kind, Block::line).containsExactly(
                tuple(BlockKind.TITLE, 1), tuple(BlockKind.TITLE, 3), tuple(BlockKind.TITLE, 5),
                tuple(BlockKind.CHROME, 7), tuple(BlockKind.CHROME, 8), tuple(BlockKind.CHROME, 9));
        assertThat(myanmar.preamble().get(4).text()).isEqualTo("Casualties in 2012\t168 (2011: 381)");
    }

    @Test
    void missingHeadingGivesASectionWithoutOne() {
        Report kenya = Profiles.report(Profiles.KENYA);

        assertThat(Profiles.titles(kenya)).containsExactly(null, "Stockpile destruction");
        assertThat(kenya.sections().get(0).heading()).isNull();
        assertThat(Profiles.paragraphCounts(kenya)).containsExactly(2, 1);
    }

    @Test
    void noBreakSpacesAndDoubleSpacesAreKeptAndANoBreakSpaceLineIsChrome() {
        Report kenya = Profiles.report(Profiles.KENYA);

        List<Block> first = kenya.sections().get(0).blocks();
        assertThat(first).extracting(Block::kind, Block::line).containsExactly(
                tuple(BlockKind.PARAGRAPH, 8), tuple(BlockKind.CHROME, 10), tuple(BlockKind.PARAGRAPH, 12));
        assertThat(first.get(0).text()).contains("2001.[1] It  submitted");
        assertThat(first.get(1).text()).isEqualTo("\u00A0");
        assertThat(first.get(2).text()).startsWith("Kenya\u00A0has enacted");
    }

    @Test
    void mirroredCopyWithSingleNewlinesHasOneParagraphPerLine() {
        Report lao = Profiles.report(Profiles.LAO);

        assertThat(Profiles.titles(lao)).containsExactly("Policy", "Use, production, and transfer");
        assertThat(Profiles.paragraphCounts(lao)).containsExactly(2, 1);
        assertThat(lao.sections().get(0).paragraphs()).extracting(Block::line).containsExactly(4, 5);
        assertThat(lao.trailer()).extracting(Block::kind, Block::text)
                .containsExactly(tuple(BlockKind.CHROME, "<Previous | Next>"));
    }

    @Test
    void combinedTitleLineIsFollowedByAHeadingNamedLikeAProfileType() {
        Report tuvalu = Profiles.report(Profiles.TUVALU);

        assertThat(Profiles.titles(tuvalu)).containsExactly("Mine Ban Policy", "Casualties in 2002");
        assertThat(Profiles.paragraphCounts(tuvalu)).containsExactly(3, 1);
    }

    @ParameterizedTest(name = "heading: \"{0}\"")
    @ValueSource(strings = {
        "Policy", "Stockpiling and destruction", "Casualties in 2012[4]", "Casualties in 2010 [1]   ",
        "Use, production, and transfer", "2019 in review", "U.S. Policy", "Mine Ban Treaty (1997)",
        "Victim assistance\u00A0", "Transfer[ 3]", "Casualties and victim assistance in Nagorno-Karabakh",
    })
    void headings(String line) {
        assertThat(kindOf(line)).isEqualTo(BlockKind.HEADING);
    }

    @ParameterizedTest(name = "paragraph: \"{0}\"")
    @ValueSource(strings = {
        "The treaty entered into force.", "Did Russia vote?", "Russia told the UNGA:", "Russia, which has not joined, said so;",
        "He said it is “under review.”", "Policy. Russia abstained", "stockpiling and destruction",
        "Russia has not destroyed any of its stockpiled antipersonnel mines this year",
        "2,340", "[UPDATE May 2022: Russia invaded Ukraine on 24 February 2022]",
        "A heading-like line that goes on for more than eighty characters without a stop at all",
    })
    void paragraphs(String line) {
        assertThat(kindOf(line)).isEqualTo(BlockKind.PARAGRAPH);
    }

    @ParameterizedTest(name = "chrome: \"{0}\"")
    @ValueSource(strings = {
        "<NEW ZEALAND | THE PHILIPPINES>", "<Previous | Next>", "*", "•", "—", "\u00A0", "\u00A0 \u00A0",
        "Mine Ban Treaty status\tNot party", "Policy | Use | Production | Transfer",
        "Jump to a specific section of the profile:",
    })
    void chrome(String line) {
        assertThat(kindOf(line)).isEqualTo(BlockKind.CHROME);
    }

    @Test
    void theBarSeparatedLineAfterJumpToIsChromeEvenWithLongItems() {
        String menu = "Policy | Use of antipersonnel mines by government forces and non-state armed groups in 2021";
        Report report = Profiles.reportOf(Profiles.TITLE + "Policy\n\nText.\n\nJump to a specific section of the profile:\n\n"
                + menu + "\n");

        assertThat(report.sections().get(0).blocks()).extracting(Block::kind, Block::text).containsExactly(
                tuple(BlockKind.PARAGRAPH, "Text."),
                tuple(BlockKind.CHROME, "Jump to a specific section of the profile:"),
                tuple(BlockKind.CHROME, menu));
    }

    @Test
    void notesIsAHeadingUnlessTheFootnoteListFollows() {
        Report report = Profiles.reportOf(Profiles.TITLE + "Notes\n\nText.[1]\n\nNotes:\n\n[1] Source.\n");

        assertThat(Profiles.titles(report)).containsExactly("Notes");
        assertThat(report.sections().get(0).blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.PARAGRAPH, BlockKind.CHROME);
    }

    /** The kind of block a line becomes, put under a title block between two paragraphs. */
    private static BlockKind kindOf(String line) {
        Report report = Profiles.reportOf(Profiles.TITLE + "Opening paragraph.\n\n" + line + "\n\nClosing paragraph.\n");
        return report.sections().stream()
                .flatMap(s -> s.heading() == null ? s.blocks().stream()
                        : Stream.concat(Stream.of(s.heading()), s.blocks().stream()))
                .filter(b -> b.line() == 9)
                .map(Block::kind)
                .findFirst().orElseThrow();
    }
}
