package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Report;
import org.junit.jupiter.api.Test;

/** The footnote list: entries, labels as written, continuation lines, and citation warnings. */
class FootnoteListTest {

    @Test
    void entriesWithoutASpaceAfterTheMarkerOnSingleLines() {
        Report bosnia = Profiles.report(Profiles.BOSNIA);

        assertThat(bosnia.footnotes()).extracting(Footnote::number, Footnote::label, Footnote::line).containsExactly(
                tuple(1, "[1]", 33), tuple(2, "[2]", 34), tuple(3, "[3]", 35), tuple(4, "[4]", 36),
                tuple(5, "[5]", 37), tuple(6, "[6]", 39));
        assertThat(bosnia.footnote(4).orElseThrow().text()).isEqualTo("Email from Tarik Šeper, BHMAC, 3 May 2021.");
    }

    @Test
    void continuationLineJoinsItsEntryAndBracketsInsideFootnotesAreNotMarkers() {
        Footnote statement = Profiles.report(Profiles.BOSNIA).footnote(5).orElseThrow();

        assertThat(statement.text()).isEqualTo("Statement of Bosnia and Herzegovina, Mine Ban Treaty Intersessional Meetings,"
                + " Geneva, 22 June 2021.\nThe statement was delivered online [video link].");
        assertThat(statement.sourceText()).startsWith("[5]Statement");
    }

    @Test
    void oneEntryHoldsSeveralCitations() {
        Footnote several = Profiles.report(Profiles.BOSNIA).footnote(3).orElseThrow();

        assertThat(several.text()).isEqualTo("Mine Ban Treaty Article 7 Report (for calendar year 2020), Form D;"
                + " response to Monitor questionnaire by Saša Obradović, BHMAC, 12 April 2021;"
                + " and Mine Ban Treaty Article 5 deadline Extension Request, 31 March 2018.");
    }

    @Test
    void labelsKeepTheSpacesAsWritten() {
        Report tuvalu = Profiles.report(Profiles.TUVALU);

        assertThat(tuvalu.footnotes()).extracting(Footnote::number, Footnote::label).containsExactly(
                tuple(1, "[1 ] "), tuple(2, "[2 ] "), tuple(3, "[3]  "), tuple(4, "[4] "), tuple(5, "[5] "));
        assertThat(tuvalu.footnote(3).orElseThrow().text()).isEqualTo("Letter from the Ministry of Foreign Affairs of Tuvalu, 4 March 2003.");
    }

    @Test
    void citedWithoutTextAndNeverCitedAreWarningsAtTheirLines() {
        ParseResult result = Profiles.parseFixture(Profiles.MYANMAR);

        assertThat(Profiles.printed(result)).containsExactly(
                "src/test/resources/profiles/Myanmar_Burma-casualties-and-victim-assistance-2013.txt:17: warning: footnote [6] is cited but has no text in the source",
                "src/test/resources/profiles/Myanmar_Burma-casualties-and-victim-assistance-2013.txt:31: warning: footnote [5] is never cited");
        Report myanmar = Profiles.valid(result);
        assertThat(myanmar.footnote(5).orElseThrow().text()).isEqualTo("ICRC, Annual Report 2012, Geneva, May 2013.");
        assertThat(myanmar.citedNumbers()).containsExactly(1, 2, 3, 4, 6);
    }

    @Test
    void missingTextIsReportedOnceAtTheFirstCitation() {
        ParseResult result = Profiles.parseText("x.txt", Profiles.TITLE
                + "Policy\n\nFirst claim.[2] Second claim.[2]\n\nThird claim.[2][1]\n\n[1] Source.\n");

        assertThat(Profiles.printed(result)).containsExactly(
                "x.txt:9: warning: footnote [2] is cited but has no text in the source");
    }

    @Test
    void anEntryWithNoTextIsAWarning() {
        ParseResult result = Profiles.parseText("x.txt", Profiles.TITLE + "Policy\n\nClaim.[1] Claim.[2]\n\n[1]\n\n[2] Source.\n");

        assertThat(Profiles.printed(result)).containsExactly("x.txt:11: warning: footnote [1] has no text");
        assertThat(Profiles.valid(result).footnote(1).orElseThrow()).isEqualTo(new Footnote(1, "[1]", "", 11));
    }

    @Test
    void anEntryWhoseTextStartsOnTheNextLineKeepsBothLines() {
        Report report = Profiles.reportOf(Profiles.TITLE + "Policy\n\nClaim.[1]\n\n  [1]\nInterview, Geneva, 2020.\n");

        Footnote footnote = report.footnote(1).orElseThrow();
        assertThat(footnote.label()).isEqualTo("  [1]");
        assertThat(footnote.text()).isEqualTo("\nInterview, Geneva, 2020.");
    }

    @Test
    void chromeAfterTheLastEntryIsTheTrailerAndEverythingAfterItToo() {
        Report report = Profiles.reportOf(Profiles.TITLE + "Policy\n\nClaim.[1] Claim.[2]\n\n[1] Source one.\n"
                + "—\ncontinued.\n[2] Source two.\nstill source two.\n\n<Previous | Next>\n\nBack to top\n");

        assertThat(report.footnotes()).extracting(Footnote::text)
                .containsExactly("Source one.\n—\ncontinued.", "Source two.\nstill source two.");
        assertThat(report.trailer()).extracting(Block::kind, Block::text, Block::line).containsExactly(
                tuple(BlockKind.CHROME, "<Previous | Next>", 17), tuple(BlockKind.CHROME, "Back to top", 19));
    }

    @Test
    void duplicateNumbersAreAnErrorAtTheSecondEntry() {
        ParseResult result = Profiles.parseFixture("error-duplicate-footnotes.txt");

        assertThat(result.report()).isNull();
        assertThat(result.hasErrors()).isTrue();
        assertThat(Profiles.printed(result)).containsExactly(
                "src/test/resources/profiles/error-duplicate-footnotes.txt:15: error: footnote [7] appears twice (first at line 11)");
    }
}
