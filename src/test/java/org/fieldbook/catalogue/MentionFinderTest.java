package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldbook.model.NameMatch;
import org.fieldbook.model.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact designations only, over the bundled catalogue. */
class MentionFinderTest {
    static final MentionFinder FINDER = new MentionFinder(Catalogues.bundled().entries());

    static List<String> named(String text) {
        return FINDER.scan(text).stream().map(NameMatch::mineType).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "blast mines (PMN, PMN-2, PMN-4, and PFM-1S)| PMN;PMN-2;PMN-4;PFM-1S",
        "a PMN-2 antipersonnel mine              | PMN-2",
        "TMN-46 and TM-62 antivehicle mines      | TMN-46;TM-62",
        "emplacing TM-62M antivehicle mines       | TM-62M",
        "MON-50, MON-90, and MON-100              | MON-50;MON-90;MON-100",
        "POM-2, POM-2R, and PMN-2                 | POM-2;POM-2R;PMN-2",
        "the POM-3 or “Medalyon” mine             | POM-3",
        "the ПМН-2 was found                      | PMN-2",
        "Zemledeliye and UMZ-K Klesh-G            | Zemledeliye;UMZ-K Klesh-G",
        "PMN-2[19] and PMN-4.                     | PMN-2;PMN-4",
        "(PMN‑2) with a non-breaking hyphen       | PMN-2",
        "pmn-2 in lower case                      | PMN-2"})
    void findsEveryDesignationStandingAlone(String text, String expected) {
        assertThat(named(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PMN-2 only                       | PMN",
        "TM-62M only                      | TM-62",
        "MON-100 only                     | MON-10",
        "POM-2R only                      | POM-2",
        "PFM-1S only                      | PFM-1",
        "TM-62P3 only                     | TM-62M",
        "a MON-50-type copy               | MON-50",
        "XPMN-2 and PMNA are other words  | PMN-2",
        "A-PMN is part of another name    | PMN"})
    void aLongerDesignationIsNotAMentionOfAShorterOne(String text, String notNamed) {
        assertThat(named(text)).doesNotContain(notNamed);
    }

    @Test
    void aliasesAndNicknamesNameTheirEntry() {
        assertThat(named("so-called butterfly mines")).containsExactly("PFM-1S");
        assertThat(named("POMZ-2M on stakes")).containsExactly("POMZ-2");
        assertThat(named("the TM-62P3 copy")).containsExactly("TM-62");
        assertThat(named("Perspective Anti-Personnel Mine POM-3 ‘Medallion’")).containsExactly("POM-3");
    }

    @Test
    void everyPlaceAnEntryIsNamedIsKeptOnceMerged() {
        String text = "ISDM Zemledeliye rockets; Zemledeliye again";
        List<NameMatch> matches = FINDER.scan(text);
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.mineType()).isEqualTo("Zemledeliye");
            assertThat(match.ranges()).containsExactly(new TextRange(0, 16), new TextRange(26, 37));
        });
        Map<String, List<TextRange>> byName = FINDER.scan("MON-50, MON-90, PMN-2 & MON-50").stream()
                .collect(Collectors.toMap(NameMatch::mineType, NameMatch::ranges));
        assertThat(byName.get("MON-50")).containsExactly(new TextRange(0, 6), new TextRange(24, 30));
    }

    @Test
    void rangesPointAtTheNameInTheOriginalText() {
        String text = "including blast mines (PMN, PMN-2";
        NameMatch pmn2 = FINDER.scan(text).get(1);
        TextRange range = pmn2.ranges().get(0);
        assertThat(text.substring(range.start(), range.end())).isEqualTo("PMN-2");
    }

    @Test
    void aTextNamingNothingGivesNothing() {
        assertThat(FINDER.scan("Russia has not acceded to the Mine Ban Treaty.")).isEmpty();
        assertThat(FINDER.scan("")).isEmpty();
        assertThat(new MentionFinder(List.of()).scan("PMN-2")).isEmpty();
    }
}
