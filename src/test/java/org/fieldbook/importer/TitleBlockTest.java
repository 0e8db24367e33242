package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Country, profile type, Last updated and year, from each form of title block. */
class TitleBlockTest {

    @Test
    void countryInCapitalsAfterNavigationChrome() {
        Report bosnia = Profiles.report(Profiles.BOSNIA);

        assertThat(bosnia.country()).isEqualTo("Bosnia and Herzegovina");
        assertThat(bosnia.profileType()).isEqualTo("Mine Action");
        assertThat(bosnia.lastUpdated()).isEqualTo(LocalDate.of(2021, 11, 17));
        assertThat(bosnia.year()).isEqualTo(2021);
        assertThat(bosnia.id()).hasToString("bosnia-and-herzegovina/mine-action/2021");
        assertThat(bosnia.preamble()).extracting(Block::kind, Block::text, Block::line).containsExactly(
                tuple(BlockKind.CHROME, "<BELARUS | BRAZIL>", 1),
                tuple(BlockKind.TITLE, "BOSNIA AND HERZEGOVINA", 3),
                tuple(BlockKind.TITLE, "Mine Action", 5),
                tuple(BlockKind.TITLE, "Last updated: November 17, 2021", 7),
                tuple(BlockKind.CHROME, "Jump to a specific section of the profile:", 9),
                tuple(BlockKind.CHROME, "Contamination | Land release | Casualties", 11));
    }

    @Test
    void countryAsSlugWithLowerCaseLastUpdatedWithoutColon() {
        ParseResult result = Profiles.parseFixture(Profiles.MYANMAR);
        Report myanmar = Profiles.valid(result);

        assertThat(myanmar.country()).isEqualTo("Myanmar Burma");
        assertThat(myanmar.profileType()).isEqualTo("Casualties and Victim Assistance");
        assertThat(myanmar.lastUpdated()).isEqualTo(LocalDate.of(2013, 12, 5));
        assertThat(myanmar.id()).hasToString("myanmar-burma/casualties-and-victim-assistance/2013");
        assertThat(myanmar.preamble().get(2)).isEqualTo(new Block(BlockKind.TITLE, "last updated 5 December 2013",
                List.of(), 5));
    }

    @Test
    void countryAndReportOnOneLineWithoutLastUpdated() {
        ParseResult result = Profiles.parseFixture(Profiles.TUVALU);
        Report tuvalu = Profiles.valid(result);

        assertThat(tuvalu.country()).isEqualTo("Tuvalu");
        assertThat(tuvalu.profileType()).isEqualTo("Landmine Monitor Report 2003");
        assertThat(tuvalu.year()).isEqualTo(2003);
        assertThat(tuvalu.lastUpdated()).isNull();
        assertThat(tuvalu.id()).hasToString("tuvalu/landmine-monitor-report-2003/2003");
        assertThat(tuvalu.preamble()).extracting(Block::kind, Block::text)
                .containsExactly(tuple(BlockKind.TITLE, "Tuvalu, Landmine Monitor Report 2003"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void yearFromTheFileNameWhenTheTitleNamesNoneIsAWarning() {
        ParseResult result = Profiles.parseFixture(Profiles.LAO);

        assertThat(Profiles.valid(result).year()).isEqualTo(2019);
        assertThat(result.report().lastUpdated()).isNull();
        assertThat(Profiles.printed(result)).containsExactly("src/test/resources/profiles/lao-pdr-cluster-munition-ban-policy-2019.txt:2: warning: "
                + "report year 2019 taken from the file name: the title block names no year and no Last updated date");
    }

    @Test
    void unknownButPlausibleProfileTypeIsAcceptedWithAWarning() {
        ParseResult result = Profiles.parseFixture(Profiles.KENYA);
        Report kenya = Profiles.valid(result);

        assertThat(kenya.profileType()).isEqualTo("Mine Ban Policy Summary");
        assertThat(kenya.lastUpdated()).isEqualTo(LocalDate.of(2020, 9, 2));
        assertThat(kenya.id()).hasToString("kenya/mine-ban-policy-summary/2020");
        assertThat(Profiles.printed(result)).containsExactly(
                "src/test/resources/profiles/kenya-mine-ban-policy-summary-2020.txt:3: warning: unknown profile type 'Mine Ban Policy Summary'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RUSSIAN FEDERATION                | Russian Federation",
        "CONGO, DEMOCRATIC REPUBLIC OF THE | Congo, Democratic Republic of the",
        "GUINEA-BISSAU                     | Guinea-Bissau",
        "THE GAMBIA                        | The Gambia",
        "Myanmar_Burma                     | Myanmar Burma",
        "bosnia_and_herzegovina            | Bosnia and Herzegovina",
        "Côte d’Ivoire                     | Côte d’Ivoire",
        "Lao PDR                           | Lao PDR",
    })
    void countryNamesAsShown(String line, String country) {
        Report report = Profiles.reportOf(line + "\n\nMine Ban Policy\n\nLast updated: 1 May 2020\n\nPolicy\n\nText.\n");

        assertThat(report.country()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "MINE BAN POLICY                       | Mine Ban Policy                      | 2020",
        "support for mine action               | Support for Mine Action              | 2020",
        "Cluster  Munition  Remnants           | Cluster Munition Remnants            | 2020",
        "Cluster Munition Monitor Report 2012  | Cluster Munition Monitor Report 2012 | 2012",
        "LANDMINE MONITOR REPORT 1999          | Landmine Monitor Report 1999         | 1999",
    })
    void knownProfileTypesInTheirCanonicalSpelling(String line, String type, int year) {
        ParseResult result = Profiles.parseText("inline.txt",
                "Lebanon\n\n" + line + "\n\nLast updated: 1 May 2020\n\nPolicy\n\nText.\n");

        assertThat(Profiles.valid(result).profileType()).isEqualTo(type);
        assertThat(result.report().year()).isEqualTo(year);
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Last updated: 17 November 2021  | 2021-11-17",
        "LAST UPDATED 17 November 2021   | 2021-11-17",
        "Last updated: November 17, 2021 | 2021-11-17",
        "Last updated: 7 Sept 2019       | 2019-09-07",
        "Last updated : 1 May 2020.      | 2020-05-01",
    })
    void lastUpdatedDates(String line, LocalDate date) {
        Report report = Profiles.reportOf("Chile\n\nMine Action\n\n" + line + "\n\nPolicy\n\nText.\n");

        assertThat(report.lastUpdated()).isEqualTo(date);
        assertThat(report.year()).isEqualTo(date.getYear());
        assertThat(report.preamble()).extracting(Block::kind).containsOnly(BlockKind.TITLE).hasSize(3);
    }

    @Test
    void unreadableDateIsAWarningAndTheLineStaysATitleLine() {
        ParseResult result = Profiles.parseText("chile-mine-action-2020.txt",
                "Chile\n\nMine Action\n\nLast updated: 31 February 2021\n\nPolicy\n\nText.\n");

        Report report = Profiles.valid(result);
        assertThat(report.lastUpdated()).isNull();
        assertThat(report.year()).isEqualTo(2020);
        assertThat(report.preamble().get(2)).extracting(Block::kind, Block::text)
                .containsExactly(BlockKind.TITLE, "Last updated: 31 February 2021");
        assertThat(Profiles.printed(result)).containsExactly(
                "chile-mine-action-2020.txt:3: warning: report year 2020 taken from the file name: "
                        + "the title block names no year and no Last updated date",
                "chile-mine-action-2020.txt:5: warning: cannot read the date '31 February 2021' of 'Last updated' "
                        + "(expected a date such as 17 November 2021); the date is left out");
    }

    @Test
    void aSentenceWhereTheProfileTypeShouldBeIsAnError() {
        ParseResult result = Profiles.parseText("chile.txt",
                "Chile\n\nChile is a State Party to the Mine Ban Treaty.\n\nPolicy\n");

        assertThat(result.report()).isNull();
        assertThat(Profiles.printed(result)).containsExactly(
                "chile.txt:3: error: no title block: expected the profile type (such as Mine Ban Policy) on line 3");
    }

    @Test
    void aCountryNameAloneIsAnError() {
        ParseResult result = Profiles.parseText("chile.txt", "\n\nChile\n\n");

        assertThat(Profiles.printed(result)).containsExactly(
                "chile.txt:3: error: no title block: the country name on line 3 is not followed by a profile type");
    }
}
