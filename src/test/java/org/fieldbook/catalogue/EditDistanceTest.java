package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest
    @CsvSource({
        "medallion, medallion, true", "medalion, medallion, true", "medallion, medalion, true",
        "pnm2, pmn2, true", "pmn3, pmn2, true", "pmn2x, pmn2, true", "xpmn2, pmn2, true",
        "pnm3, pmn2, false", "medalyn, medallion, false", "abcd, badc, false", "pmn, pmn22, false"})
    void oneSubstitutionInsertionDeletionOrSwapIsWithinOne(String a, String b, boolean expected) {
        assertThat(EditDistance.withinOne(a, b)).isEqualTo(expected);
        assertThat(EditDistance.withinOne(b, a)).isEqualTo(expected);
    }
}
