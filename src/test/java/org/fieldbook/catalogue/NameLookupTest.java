package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fieldbook.model.MineType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookup by name over the bundled catalogue, as a user types. */
class NameLookupTest {
    static final NameLookup LOOKUP = new NameLookup(Catalogues.bundled().entries());

    static List<String> names(String query) {
        return LOOKUP.lookup(query).stream().map(hit -> hit.entry().name()).toList();
    }

    static LookupHit first(String query) {
        return LOOKUP.lookup(query).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pmn2", "PMN 2", "ПМН-2", "PMN-2", "pmn-2", " Pmn 2 "})
    void pmn2HoweverWrittenGivesPmn2First(String query) {
        assertThat(names(query)).first().isEqualTo("PMN-2");
        assertThat(first(query).kind()).isIn(MatchKind.NAME, MatchKind.ALIAS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"medallion", "Medalyon", "MEDALLION", "ПОМ-3", "pom3"})
    void theMedallionIsPom3(String query) {
        assertThat(names(query)).containsExactly("POM-3");
    }

    @Test
    void pmnGivesPmnFirstThenTheOtherPmnMines() {
        assertThat(names("PMN")).containsExactly("PMN", "PMN-2", "PMN-4");
        assertThat(LOOKUP.lookup("PMN")).extracting(LookupHit::kind)
                .containsExactly(MatchKind.NAME, MatchKind.PREFIX, MatchKind.PREFIX);
    }

    @Test
    void tm62mGivesTm62mAndNotTm62() {
        assertThat(names("tm62m")).containsExactly("TM-62M");
        assertThat(names("ТМ-62М")).containsExactly("TM-62M");
    }

    @Test
    void tm62GivesTheFamilyFirstThenTheLongerDesignation() {
        assertThat(names("TM-62")).containsExactly("TM-62", "TM-62M");
        assertThat(names("tm62p3")).containsExactly("TM-62");
        assertThat(first("tm62p3")).satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(MatchKind.ALIAS);
            assertThat(hit.matched()).isEqualTo("TM-62P3");
        });
    }

    @Test
    void aWordOfALongerNameFindsIt() {
        assertThat(names("Klesh-G")).containsExactly("UMZ-K Klesh-G");
        assertThat(first("Klesh-G").kind()).isEqualTo(MatchKind.WORD);
        assertThat(names("klesh")).containsExactly("UMZ-K Klesh-G");
        assertThat(names("parrot")).containsExactly("PFM-1S");
    }

    @Test
    void nicknamesAndVariantsFindTheirEntry() {
        assertThat(names("butterfly")).containsExactly("PFM-1S");
        assertThat(names("PFM-1")).first().isEqualTo("PFM-1S");
        assertThat(names("Type 58")).containsExactly("PMN");
        assertThat(names("POMZ-2M")).containsExactly("POMZ-2");
        assertThat(names("frog")).containsExactly("OZM-72");
        assertThat(names("witch")).containsExactly("OZM-72");
    }

    @Test
    void oneTypoIsToleratedWhenNothingElseMatches() {
        assertThat(names("medalion")).containsExactly("POM-3");
        assertThat(first("medalion").kind()).isEqualTo(MatchKind.NEAR);
        assertThat(names("ozm27")).as("two neighbours swapped").containsExactly("OZM-72");
        assertThat(names("zemledelie")).containsExactly("Zemledeliye");
    }

    @Test
    void shortQueriesAreNotStretchedIntoTypos() {
        // "pmx" is one letter from PMN, but three letters are too few to guess from
        assertThat(names("pmx")).isEmpty();
    }

    @Test
    void answersAsTheUserTypes() {
        assertThat(names("m")).startsWith("MON-50");
        assertThat(names("mo")).containsExactly("MON-50", "MON-90", "MON-100", "MON-200");
        assertThat(names("med")).containsExactly("POM-3");
        // shorter names first, then catalogue order
        assertThat(names("pom")).containsExactly("POM-2", "POM-3", "POMZ-2", "POM-2R");
    }

    @Test
    void anUnknownDesignationOneDigitAwayGivesOnlyNearMatches() {
        assertThat(LOOKUP.lookup("MON-150")).extracting(hit -> hit.entry().name(), LookupHit::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MON-50", MatchKind.NEAR),
                        org.assertj.core.groups.Tuple.tuple("MON-100", MatchKind.NEAR));
    }

    @Test
    void aNameThatMatchesNothingGivesNothing() {
        assertThat(LOOKUP.lookup("claymore")).isEmpty();
        assertThat(LOOKUP.lookup("XYZ-999")).isEmpty();
        assertThat(LOOKUP.lookup("")).isEmpty();
        assertThat(LOOKUP.lookup("--")).isEmpty();
    }

    @Test
    void everyEntryIsFoundByItsOwnNameFirst() {
        for (MineType entry : Catalogues.bundled().entries()) {
            assertThat(first(entry.name())).as(entry.name()).satisfies(hit -> {
                assertThat(hit.entry().name()).isEqualTo(entry.name());
                assertThat(hit.kind()).isEqualTo(MatchKind.NAME);
            });
        }
    }
}
