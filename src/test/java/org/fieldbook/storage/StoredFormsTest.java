package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fieldbook.model.Marker;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.TextRange;
import org.junit.jupiter.api.Test;

class StoredFormsTest {

    @Test
    void markersRoundTripThroughTheirCompactForm() {
        List<Marker> markers = List.of(new Marker(23, 10, 14), new Marker(24, 50, 55));

        assertThat(MarkerCodec.encode(markers)).isEqualTo("23:10:14;24:50:55");
        assertThat(MarkerCodec.decode("23:10:14;24:50:55")).isEqualTo(markers);
        assertThat(MarkerCodec.encode(List.of())).isNull();
        assertThat(MarkerCodec.decode(null)).isEmpty();
        assertThatThrownBy(() -> MarkerCodec.decode("23:10")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void snippetMarksBecomeHighlightRanges() {
        SnippetMarks.Marked marked = SnippetMarks.parse("…holds \uE000PMN-2\uE001 and \uE000PMN\uE001 mines");

        assertThat(marked.text()).isEqualTo("…holds PMN-2 and PMN mines");
        assertThat(marked.highlights()).containsExactly(new TextRange(7, 12), new TextRange(17, 20));
    }

    @Test
    void unbalancedSnippetMarksAreDropped() {
        SnippetMarks.Marked marked = SnippetMarks.parse("a\uE001b\uE000c\uE000d\uE001e\uE000\uE001");

        assertThat(marked.text()).isEqualTo("abcde");
        assertThat(marked.highlights()).containsExactly(new TextRange(3, 4));
    }

    @Test
    void storedKeysGiveBackTheirReportIds() {
        ReportId id = new ReportId("myanmar-burma", "landmine-monitor-report-2003", 2003);
        ReportId odd = new ReportId("x", "y", 99);

        assertThat(StoredIds.reportId(id.toString())).isEqualTo(id);
        assertThat(StoredIds.reportId(odd.toString())).isEqualTo(odd);
    }
}
