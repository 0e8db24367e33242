package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.junit.jupiter.api.Test;

/** The reference sample: the Russian Federation's 2021 Mine Ban Policy profile. */
class SeedProfileTest {
    private final Report seed = Profiles.seed();

    @Test
    void titleFacts() {
        assertThat(seed.country()).isEqualTo("Russian Federation");
        assertThat(seed.profileType()).isEqualTo("Mine Ban Policy");
        assertThat(seed.year()).isEqualTo(2021);
        assertThat(seed.lastUpdated()).isEqualTo(LocalDate.of(2021, 11, 17));
        assertThat(seed.id()).isEqualTo(ReportId.parse("russian-federation/mine-ban-policy/2021"));
        assertThat(seed.sourceFile()).isEqualTo("russian-federation-mine-ban-policy-2021.txt");
        assertThat(seed.sourceUrl()).isNull();
        assertThat(seed.preamble()).extracting(Block::kind, Block::text, Block::line).containsExactly(
                tuple(BlockKind.TITLE, "Russian Federation", 1),
                tuple(BlockKind.TITLE, "Mine Ban Policy", 3),
                tuple(BlockKind.TITLE, "Last updated: 17 November 2021", 5));
    }

    @Test
    void fiveSectionsWithTheirParagraphs() {
        assertThat(Profiles.titles(seed))
                .containsExactly("Policy", "Use", "Production", "Transfer", "Stockpiling and destruction");
        assertThat(Profiles.paragraphCounts(seed)).containsExactly(8, 4, 2, 4, 2);
        assertThat(seed.sections()).allSatisfy(s -> assertThat(s.blocks()).allMatch(b -> b.kind() == BlockKind.PARAGRAPH));
        assertThat(seed.sections().get(4).heading().line()).isEqualTo(51);
        assertThat(seed.trailer()).isEmpty();
    }

    @Test
    void citesOneToTwentySixAndHasTextForAllButTwentyTwo() {
        assertThat(seed.citedNumbers()).containsExactlyElementsOf(IntStream.rangeClosed(1, 26).boxed().toList());
        assertThat(seed.footnotes()).hasSize(25).extracting(Footnote::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 26).filter(n -> n != 22).boxed().toList());
        assertThat(seed.footnote(22)).isEmpty();
        Footnote first = seed.footnote(1).orElseThrow();
        assertThat(first.label()).isEqualTo("[1] ");
        assertThat(first.text()).isEqualTo(
                "Russian Federation, Explanation of Vote on Resolution L.26, 75th Session, UNGA First Committee, New York, 6 November 2020.");
        assertThat(first.line()).isEqualTo(59);
        assertThat(seed.footnote(26).orElseThrow().line()).isEqualTo(107);
    }

    @Test
    void theOnlyProblemIsTheMissingTextOfFootnoteTwentyTwo() {
        ParseResult result = new ProfileParser().parse(Profiles.SEED);

        assertThat(Profiles.printed(result)).containsExactly(
                "resources/library/profiles/russian-federation-mine-ban-policy-2021.txt:49: warning: footnote [22] is cited but has no text in the source");
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void markersSitAtTheirBracketsAndEditorialBracketsStayText() {
        Block treaty = Profiles.blockStarting(seed, "Russia has long expressed");
        assertThat(treaty.markers()).extracting(Marker::number).containsExactly(1);
        assertThat(treaty.text()).contains("reliability [of the treaty] as");
        assertThat(treaty.plainText()).contains("[of the treaty]").doesNotContain("[1]");

        Block ottawa = Profiles.blockStarting(seed, "The position stands");
        assertThat(ottawa.markers()).containsExactly(new Marker(2, ottawa.text().length() - 3, ottawa.text().length()));
        assertThat(ottawa.plainText()).contains("Ottawa [Mine Ban] Convention").endsWith("Convention.”");

        Block ccw = Profiles.blockStarting(seed, "Russia is party to the Convention on Conventional Weapons");
        assertThat(ccw.markers()).containsExactly(new Marker(4, 105, 108));
        assertThat(ccw.line()).isEqualTo(21);

        Block libya = Profiles.blockStarting(seed, "Most recently, six types");
        assertThat(libya.markers()).containsExactly(new Marker(21, 261, 265), new Marker(22, 459, 463));
    }
}
