package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Footnote markers: which brackets are markers, and where exactly they sit. */
class MarkerTest {

    @Test
    void markersWithASpaceInsideAndEditorialBracketsInOneFixture() {
        Report tuvalu = Profiles.report(Profiles.TUVALU);

        Block first = Profiles.blockStarting(tuvalu, "Tuvalu has neither signed");
        assertThat(first.markers()).containsExactly(new Marker(1, 61, 65), new Marker(2, 150, 154));
        assertThat(first.text().substring(61, 65)).isEqualTo("[1 ]");
        assertThat(first.text().substring(150, 154)).isEqualTo("[ 2]");
        assertThat(first.text()).contains("in principal [sic]” to joining.");

        Block second = Profiles.blockStarting(tuvalu, "Tuvalu is not known");
        assertThat(second.markers()).extracting(Marker::number).containsExactly(3);
        assertThat(second.plainText()).contains("organization[al] arrangements", "authority [of the treaty]");

        Block update = Profiles.blockStarting(tuvalu, "[UPDATE May 2022:");
        assertThat(update.markers()).extracting(Marker::number).containsExactly(4);
        assertThat(update.plainText()).endsWith("Landmine Monitor Report [2004].");
        assertThat(tuvalu.sections().get(1).heading().markers()).containsExactly(new Marker(5, 18, 21));
    }

    @Test
    void markersAfterFullStopsAndQuotesAndBeforeAndAfterCommas() {
        Report bosnia = Profiles.report(Profiles.BOSNIA);

        Block quoted = Profiles.blockStarting(bosnia, "Bosnia and Herzegovina reported");
        assertThat(quoted.markers()).containsExactly(new Marker(1, 102, 105), new Marker(2, 231, 234));
        assertThat(quoted.text().substring(97, 105)).isEqualTo("2020.[1]");
        assertThat(quoted.text()).endsWith("reach.”[2]");

        Block commas = Profiles.blockStarting(bosnia, "In its Article 7 report");
        assertThat(commas.markers()).containsExactly(new Marker(3, 70, 73), new Marker(4, 162, 165));
        assertThat(commas.text()).contains("areas,[3] but", "Treaty[4], which");
        assertThat(commas.plainText()).contains("areas, but", "Treaty, which");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "see note[7] here     | 7   | 8  | 11",
        "see note [ 12 ] here | 12  | 9  | 15",
        "at the end.[999]     | 999 | 11 | 16",
        "[0] at the start     | 0   | 0  | 3",
        "nested [[3]] bracket | 3   | 8  | 11",
    })
    void oneMarker(String text, int number, int start, int end) {
        assertThat(MarkerScanner.scan(text)).containsExactly(new Marker(number, start, end));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "[of the treaty]", "Ottawa [Mine Ban] Convention", "organization[al]", "[sic]", "[2004]", "[1234]",
        "[UPDATE May 2022: see below]", "[]", "[ ]", "[1", "1]", "[1  ]", "[  1]", "[1a]", "[-1]", "[1.5]", "[١]",
    })
    void bracketsThatAreText(String text) {
        assertThat(MarkerScanner.scan(text)).isEmpty();
    }

    @Test
    void manyMarkersInOneParagraphEachAtItsPlace() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            text.append("Claim ").append(i).append(".[").append(i).append("] ");
        }
        List<Marker> markers = MarkerScanner.scan(text.toString());

        assertThat(markers).hasSize(300);
        assertThat(markers).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("[" + m.number() + "]"));
        assertThat(markers).extracting(Marker::number).isSorted();
    }
}
