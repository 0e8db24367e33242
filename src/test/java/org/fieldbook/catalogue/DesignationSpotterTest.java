package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fieldbook.catalogue.DesignationSpotter.Spotted;
import org.fieldbook.catalogue.ReportPassages.Passage;
import org.fieldbook.model.PassageKind;
import org.junit.jupiter.api.Test;

class DesignationSpotterTest {
    static List<String> spotted(String text, String... known) {
        Set<String> keys = Set.of(known);
        return DesignationSpotter.unknown(List.of(new Passage(PassageKind.PARAGRAPH, 0, text, 7)), keys::contains)
                .stream().map(Spotted::designation).toList();
    }

    @Test
    void findsDesignationShapedWordsTheCatalogueLacks() {
        assertThat(spotted("PMA-3, PROM-1, TMA-4, MON-150, TM-62P3, ПМН-4 and AO-2.5RT")).containsExactly(
                "PMA-3", "PROM-1", "TMA-4", "MON-150", "TM-62P3", "ПМН-4", "AO-2.5RT");
    }

    @Test
    void knownNamesInAnySpellingAreNotReported() {
        assertThat(spotted("PMN-2 and ПМН-2 and PMA-3", "pmn2")).containsExactly("PMA-3");
    }

    @Test
    void wordsThatOnlyLookAlikeAreLeftAlone() {
        assertThat(spotted("in mid-2020, the F-7 shell, COVID-19, Resolution 75/52, L.26, UMZ-K, #158FZ, RUB3.33"))
                .isEmpty();
        assertThat(spotted("a MON-50-type copy and XPMN-2", "pmn2")).as("longer designations are their own")
                .containsExactly("XPMN-2");
    }

    @Test
    void eachDesignationIsReportedOnceAtItsFirstLine() {
        List<Spotted> spotted = DesignationSpotter.unknown(List.of(
                new Passage(PassageKind.PARAGRAPH, 3, "MON-150 here", 12),
                new Passage(PassageKind.FOOTNOTE, 0, "MON-150 and mon-150 again, PMA-3", 30),
                new Passage(PassageKind.HEADING, 1, "MON 150 is not shaped like one", 5)), key -> false);
        assertThat(spotted).containsExactly(new Spotted("MON-150", 12), new Spotted("PMA-3", 30));
    }

    @Test
    void lookingOnlyNearDashesFindsWhatTheWholeScanFinds() throws Exception {
        List<String> texts = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("resources/library/profiles/russian-federation-mine-ban-policy-2021.txt")));
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        String alphabet = "PMNОЗМТКABвx-‑−–0123456789.  ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            List<String> wholeScan = new java.util.ArrayList<>();
            java.util.regex.Matcher matcher = DesignationSpotter.DESIGNATION.matcher(text);
            while (matcher.find()) {
                wholeScan.add(matcher.group(1));
            }
            assertThat(DesignationSpotter.designations(text)).as(text).isEqualTo(wholeScan);
        }
    }
}
