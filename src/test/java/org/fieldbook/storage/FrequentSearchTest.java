package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.Report;
import org.fieldbook.model.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query with more matches than the candidate cap is ranked among the newest matches in
 * Java; one with fewer goes to bm25 as before. The cap is 4 here so a small library shows both:
 * "mines" is in 7 blocks (the newest 4 are Cambodia's) and in 3 footnotes.
 */
class FrequentSearchTest {
    static final Report OLD = ReportFixtures.builder("Angola", "Mine Action", 2019)
            .section("Clearance", "Angola cleared mines in the south.", "Teams cleared mines near roads.",
                    "Mines were cleared from farmland.[1]")
            .footnote(1, "HALO Trust, mines cleared in 2018.")
            .build();
    static final Report NEW = ReportFixtures.builder("Cambodia", "Mine Action", 2022)
            .section("Mines", "Cambodia reported mines in the northwest.",
                    "A long paragraph that names mines only once, among many other words that describe clearance "
                            + "work, survey teams, budgets, donors, deadlines and the people who live near the border.",
                    "Mines, mines and more mines were found by the teams this year.[1]",
                    "Survey of the military utility question continued.")
            .section("Casualties", "No casualties were recorded; military utility was cited.")
            .footnote(1, "CMAC, mines found in 2021.")
            .footnote(2, "CMAC, mines destroyed in 2021.")
            .build();

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.sqlite"));
        ReportRepository reports = new ReportRepository(db);
        reports.replace(OLD);
        reports.replace(NEW);
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<SearchHit> search(String match, int limit, int cap) {
        return new PassageSearchRepository(db, cap).search(match, limit, null);
    }

    @Test
    void aFrequentWordIsRankedAmongTheNewestMatchesHeadingsAndRepeatsFirst() {
        List<SearchHit> hits = search("\"mines\"", 10, 4);

        assertThat(hits).hasSize(7).filteredOn(hit -> hit.kind() != PassageKind.FOOTNOTE).hasSize(4)
                .allSatisfy(hit -> assertThat(hit.reportId()).isEqualTo(NEW.id()));
        assertThat(hits.get(0).kind()).isEqualTo(PassageKind.HEADING);
        assertThat(hits.get(0).snippet()).isEqualTo("Mines");
        assertThat(hits.get(1).snippet()).startsWith("Mines, mines and more mines");
        assertThat(hits).filteredOn(hit -> hit.kind() == PassageKind.FOOTNOTE).extracting(SearchHit::footnoteNumber)
                .containsExactlyInAnyOrder(1, 1, 2);
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aFrequentQueryGivesWhereEachHitIsAsTheExactPathDoes() {
        SearchHit frequent = search("\"mines\"", 10, 4).stream()
                .filter(hit -> hit.snippet().startsWith("Mines, mines")).findFirst().orElseThrow();
        SearchHit exact = search("\"mines\"", 20, 1_000).stream()
                .filter(hit -> hit.snippet().startsWith("Mines, mines")).findFirst().orElseThrow();

        assertThat(frequent).usingRecursiveComparison().ignoringFields("score").isEqualTo(exact);
    }

    @Test
    void aLongPassageGetsAShortSnippetWithTheMatchMarked() {
        SearchHit hit = search("\"mines\"", 10, 4).stream()
                .filter(h -> h.snippet().contains("names")).findFirst().orElseThrow();

        assertThat(hit.snippet()).endsWith("…").contains("names mines only once").hasSizeLessThan(120);
        assertThat(hit.highlights()).singleElement()
                .satisfies(r -> assertThat(hit.snippet().substring(r.start(), r.end())).isEqualTo("mines"));
    }

    @Test
    void phrasesAndPrefixesAreRankedTheSameWay() {
        assertThat(search("\"mines\"*", 10, 4)).hasSize(7);
        assertThat(search("\"military utility\"", 10, 1)).singleElement().satisfies(hit -> {
            assertThat(hit.snippet()).isEqualTo("No casualties were recorded; military utility was cited.");
            assertThat(hit.highlights()).singleElement()
                    .satisfies(r -> assertThat(hit.snippet().substring(r.start(), r.end())).isEqualTo("military utility"));
        });
    }

    @Test
    void aQueryWithFewMatchesIsRankedByBm25OverAllOfThem() {
        List<SearchHit> capped = search("\"cleared\"", 10, 3);
        List<SearchHit> uncapped = search("\"cleared\"", 10, 1_000);

        assertThat(capped).hasSize(4).usingRecursiveFieldByFieldElementComparator().isEqualTo(uncapped);
        assertThat(capped).allSatisfy(hit -> assertThat(hit.reportId()).isEqualTo(OLD.id()));
    }

    @Test
    void theLimitIsKept() {
        assertThat(search("\"mines\"", 2, 4)).hasSize(2);
    }
}
