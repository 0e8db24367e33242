package org.fieldbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkersTest {
    @Test
    void footnoteNumbersAreWrittenAsRunsOfMarkers() {
        assertThat(Markers.runs(List.of(23, 24, 25, 26))).isEqualTo("[23]-[26]");
        assertThat(Markers.runs(List.of(26, 23, 25, 23))).isEqualTo("[23], [25]-[26]");
        assertThat(Markers.runs(List.of(22))).isEqualTo("[22]");
        assertThat(Markers.runs(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("[1]-[3], [5], [7]-[8]");
        assertThat(Markers.runs(List.of())).isEmpty();
    }

    @Test
    void strippingMarkersClosesTheGapTheyLeave() {
        String text = "Russia produced the PMN-2 [19] and the PMN-4. [20]";
        int first = text.indexOf("[19]");
        int second = text.indexOf("[20]");
        List<Marker> markers = List.of(new Marker(19, first, first + 4), new Marker(20, second, second + 4));
        assertThat(Markers.strip(text, markers)).isEqualTo("Russia produced the PMN-2 and the PMN-4.");
    }
}
