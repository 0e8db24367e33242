package org.fieldbook.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.fieldbook.model.Block;
import org.fieldbook.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to find quadratic work or regex backtracking: huge lines, deep bracket nesting,
 * thousands of markers. The timeouts only guard against a hang; speed is measured by benchmarks.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final int BIG = 2_000_000;

    @Test
    void aHugeLineOfOpeningBracketsAndDigits() {
        String line = "A" + "[1 ".repeat(BIG / 3) + "[12";
        Report report = roundTrip(Profiles.TITLE + line + "\n");

        assertThat(report.sections().get(0).blocks().get(0).markers()).isEmpty();
    }

    @Test
    void deeplyNestedBrackets() {
        String line = "Deep " + "[".repeat(BIG / 2) + "7" + "]".repeat(BIG / 2);
        Report report = roundTrip(Profiles.TITLE + line + "\n\n[7] The source.\n");

        Block block = report.sections().get(0).blocks().get(0);
        assertThat(block.markers()).hasSize(1);
        assertThat(block.markers().get(0).number()).isEqualTo(7);
        assertThat(block.markers().get(0).start()).isEqualTo(5 + BIG / 2 - 1);
    }

    @Test
    void tenThousandMarkersInOneParagraph() {
        String line = "Claim.[1] ".repeat(10_000);
        Report report = roundTrip(Profiles.TITLE + line + "\n\n[1] The source.\n");

        assertThat(report.sections().get(0).blocks().get(0).markers()).hasSize(10_000);
    }

    @Test
    void hugeLinesThatLookAlmostLikeHeadingsDatesAndMenus() {
        String dots = "A. ".repeat(BIG / 3);
        String quotes = "Policy" + "”.".repeat(BIG / 2);
        String pipes = "Policy | ".repeat(BIG / 9);
        String date = "Last updated: " + "1 ".repeat(BIG / 2) + "May 2020";
        Report report = roundTrip("Chile\n\nLandmine Monitor Report 2003\n\n" + date + "\n\n" + dots + "\n\n" + quotes + "\n\n" + pipes + "\n");

        assertThat(report.lastUpdated()).isNull();
        assertThat(report.sections()).hasSize(1);
    }

    @Test
    void aHugeCountryLineAndAHugeFootnoteListEntry() {
        String country = "A".repeat(BIG);
        assertThat(Profiles.printed(Profiles.parseText("x.txt", country + "\n")))
                .containsExactly("x.txt:1: error: no title block: expected the country name on line 1");

        roundTrip(Profiles.TITLE + "Text.[1]\n\n[1] " + "Source, ".repeat(BIG / 8) + "\n" + "more\n".repeat(100_000));
    }

    @Test
    void manyShortLines() {
        String body = "Heading\n\nParagraph.[1]\n\n".repeat(100_000);
        Report report = roundTrip(Profiles.TITLE + body + "[1] The source.\n");

        assertThat(report.sections()).hasSize(100_000);
    }

    private static Report roundTrip(String text) {
        Report report = Profiles.reportOf(text);
        assertThat(Profiles.nonBlankLines(ProfileWriter.write(report))).isEqualTo(Profiles.nonBlankLines(text));
        assertThat(text.getBytes(UTF_8).length).isLessThanOrEqualTo((int) ProfileParser.MAX_BYTES);
        return report;
    }
}
