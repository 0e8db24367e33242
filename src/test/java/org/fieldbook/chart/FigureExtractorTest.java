package org.fieldbook.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.importer.ProfileParser;
import org.fieldbook.model.Figure;
import org.fieldbook.model.FigureKind;
import org.fieldbook.model.FigureOrigin;
import org.fieldbook.model.Measure;
import org.fieldbook.model.MineScope;
import org.fieldbook.model.Period;
import org.fieldbook.model.Qualifier;
import org.fieldbook.model.Report;
import org.junit.jupiter.api.Test;

/** Candidate figures found in a report's stockpile section, as if it had no figures file. */
class FigureExtractorTest {
    static final Path SEED = Path.of("resources/library/profiles/russian-federation-mine-ban-policy-2021.txt");

    final FigureExtractor extractor = new FigureExtractor();

    static Report parse(Path file) {
        return new ProfileParser().parse(file).reportIfValid().orElseThrow();
    }

    static Report parse(String body) {
        String text = "Atlantis\n\nMine Ban Policy\n\nLast updated: 1 May 2020\n\n" + body;
        return new ProfileParser().parse("atlantis.txt", text.getBytes(StandardCharsets.UTF_8)).reportIfValid()
                .orElseThrow();
    }

    @Test
    void theSeedsStockpileSectionGivesItsFiveFiguresWithTheirSentencesAndFootnotes() {
        List<Figure> candidates = extractor.extract(parse(SEED));

        assertThat(candidates).extracting(Figure::measure, Figure::mines, Figure::place, Figure::period,
                Figure::value, Figure::qualifier, Figure::kind, Figure::footnote).containsExactly(
                tuple(Measure.STOCKPILED, MineScope.ANTIPERSONNEL, null, Period.month(2004, 11), 26_500_000L,
                        Qualifier.EXACT, FigureKind.REPORTED, 23),
                tuple(Measure.PLANNED_DESTRUCTION, MineScope.ANTIPERSONNEL, null, Period.span(2005, 2015), 23_500_000L,
                        Qualifier.APPROXIMATE, FigureKind.FORECAST, 23),
                tuple(Measure.DESTROYED, MineScope.ALL_TYPES, null, Period.year(2010), 10_000_000L,
                        Qualifier.EXACT, FigureKind.REPORTED, 24),
                tuple(Measure.DESTROYED, MineScope.ANTIPERSONNEL, null, Period.year(2010), 464_000L,
                        Qualifier.AT_LEAST, FigureKind.REPORTED, 25),
                tuple(Measure.HELD_ABROAD, MineScope.ANTIPERSONNEL, "Tajikistan", null, 18_200L,
                        Qualifier.EXACT, FigureKind.REPORTED, 26));
        assertThat(candidates).allSatisfy(f -> assertThat(f.origin()).isEqualTo(FigureOrigin.EXTRACTED));
        assertThat(candidates.get(0).sentence()).isEqualTo("In November 2004, for the first time, Russia released "
                + "official information on the number of antipersonnel mines in its stockpiles, when then-Minister "
                + "of Defense Sergei Ivanov cited a figure of 26.5 million.");
        assertThat(candidates.get(1).sentence()).isEqualTo("He forecast that approximately 23.5 million of these "
                + "antipersonnel mines would be destroyed between 2005 and 2015.");
        assertThat(candidates.get(3).sentence()).startsWith("In 2010 alone, more than 464,000 antipersonnel")
                .doesNotContain("[25]");
    }

    @Test
    void aReportWithoutAStockpileSectionHasNoCandidates() {
        Report report = parse("Use\n\nIn 2010, forces laid 12,000 antipersonnel mines along the border.[1]\n\n"
                + "[1] A source.\n");
        assertThat(extractor.extract(report)).isEmpty();
    }

    @Test
    void smallNumbersMoneyPagesAndSentencesWithoutMinesAreNotCandidates() {
        Report report = parse("""
                Stockpile destruction

                Atlantis destroyed 400 mines in 2012. It spent US$115.62 million and RUB3.33 billion on the \
                destruction of its mines. See pp. 1,186–1,187 for the stockpile of mines.[1] The army held 12,500 \
                rifles in 2013.[2] Atlantis completed the destruction of its stockpile of 35,774 antipersonnel \
                mines in 2003.[3]

                [1] A source.

                [2] Another.

                [3] A third.
                """);

        assertThat(extractor.extract(report)).extracting(Figure::measure, Figure::value, Figure::period,
                Figure::footnote).containsExactly(tuple(Measure.DESTROYED, 35_774L, Period.year(2003), 3));
    }

    @Test
    void countsThatCannotBeMinesAreSkippedNotFatal() {
        Report report = parse("""
                Stockpile destruction

                Atlantis destroyed 0,000 mines in 2001 and 99999999999999999999 million mines in 2002, \
                and 1.5 million mines in 2003.[1]

                [1] A source.
                """);

        assertThat(extractor.extract(report)).extracting(Figure::value).containsExactly(1_500_000L);
    }

    @Test
    void twoCountsInOneSentenceAreClassifiedByTheirOwnClause() {
        Report report = parse("""
                Stockpiling

                Officials said that in 2000, Atlantis stockpiled 46 million antipersonnel landmines, but had since \
                destroyed or disposed of around 19.5 million of them.[1]

                [1] A source.
                """);

        assertThat(extractor.extract(report)).extracting(Figure::measure, Figure::value, Figure::qualifier)
                .containsExactly(tuple(Measure.STOCKPILED, 46_000_000L, Qualifier.EXACT),
                        tuple(Measure.DESTROYED, 19_500_000L, Qualifier.APPROXIMATE));
    }
}
