package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {

    @ParameterizedTest
    @CsvSource({
        "PMN-2, pmn2", "pmn2, pmn2", "PMN 2, pmn2", "ПМН-2, pmn2", "ОЗМ-72, ozm72", "ПОМ-3, pom3",
        "МОН-100, mon100", "ТМ-62М, tm62m", "ПТКМ-1Р, ptkm1r", "ПФМ-1С, pfm1s", "ПОМЗ-2М, pomz2m",
        "UMZ-K Klesh-G, umzkkleshg", "ＰＭＮ－２, pmn2", "Medalyon, medalyon", "Клещ, kleshch", "TM–62M, tm62m"})
    void ignoresCaseHyphensAndSpacesAndReadsCyrillicAsLatin(String name, String key) {
        assertThat(NameNormaliser.normalise(name)).isEqualTo(key);
    }

    @Test
    void mixedScriptsReadAsOneDesignation() {
        // a Latin M typed among Cyrillic letters
        assertThat(NameNormaliser.normalise("ПMН-2")).isEqualTo("pmn2");
    }

    @Test
    void punctuationAloneNormalisesToNothing() {
        assertThat(NameNormaliser.normalise(" -- “” ")).isEmpty();
        assertThat(NameNormaliser.normalise(null)).isEmpty();
    }

    @Test
    void onlyTheStartOfAVeryLongQueryIsRead() {
        assertThat(NameNormaliser.normalise("a".repeat(10_000))).hasSize(NameNormaliser.MAX_CHARS);
    }
}
