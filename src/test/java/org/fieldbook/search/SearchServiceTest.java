package org.fieldbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.SearchHit;
import org.fieldbook.storage.Database;
import org.fieldbook.storage.PassageSearchRepository;
import org.fieldbook.storage.ReportFixtures;
import org.fieldbook.storage.ReportRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    private static final Report RUSSIA = ReportFixtures.russia();
    private static final Report UKRAINE = ReportFixtures.builder("Ukraine", "Mine Ban Policy", 2022)
            .title("Ukraine")
            .section("Use", "Russian forces used PMN-4 mines near Kharkiv.[1]",
                    "POM-3 mines were found, and MON-100 directional mines were used in 2022.",
                    "Stockpile figures: Ukraine reported a stockpile of PFM-1 mines.",
                    "Ukraine reported a stockpile of older mines in 2021.")
            .section("Stockpile destruction", "Ukraine destroyed mines.")
            .section("Réunion and Mine Ban Treaty", "The island is not a state.")
            .headless("Ukraine signed the Ottawa treaty; the mine ban is respected.")
            .footnote(1, "Human Rights Watch, “Ukraine: Russian Landmine Use”, 2022.")
            .build();
    private static final Report LEBANON = ReportFixtures.builder("Lebanon", "Mine Action", 2021)
            .section("التلوث", "لبنان ملوث بالألغام الأرضية.", "ישראל והגבול 🙂 emoji")
            .build();

    @TempDir
    Path dir;

    private Database db;
    private ReportRepository reports;
    private SearchService search;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        reports = new ReportRepository(db);
        search = new SearchService(new PassageSearchRepository(db));
        reports.replace(RUSSIA);
        reports.replace(UKRAINE);
        reports.replace(LEBANON);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void allWordsMustOccur() {
        List<SearchHit> hits = search.search("Russia destroyed", 10, null);

        assertThat(hits).extracting(SearchHit::snippet)
                .containsExactly("Russia destroyed PFM-1S mines in 2012 ,[5] and POMZ-2 mines later.");
        SearchHit hit = hits.get(0);
        assertThat(hit.reportId()).isEqualTo(RUSSIA.id());
        assertThat(hit.country()).isEqualTo("Russian Federation");
        assertThat(hit.profileType()).isEqualTo("Mine Ban Policy");
        assertThat(hit.year()).isEqualTo(2021);
        assertThat(hit.kind()).isEqualTo(PassageKind.PARAGRAPH);
        assertThat(hit.sectionOrdinal()).isEqualTo(2);
        assertThat(hit.sectionTitle()).isEqualTo("Stockpiling and destruction");
        assertThat(hit.blockOrdinal()).isEqualTo(10);
        assertThat(hit.footnoteNumber()).isNull();
        assertThat(hit.score()).isPositive();
        assertThat(highlighted(hit)).containsExactly("Russia", "destroyed");
    }

    @Test
    void aQuotedPhraseMustOccurAsAPhrase() {
        assertThat(search.search("\"mine ban treaty\"", 10, null))
                .extracting(SearchHit::snippet)
                .containsExactlyInAnyOrder("The Russian Federation has not acceded to the Mine Ban Treaty.",
                        "Réunion and Mine Ban Treaty");
        assertThat(search.search("\"treaty mine\"", 10, null)).isEmpty();
    }

    @Test
    void aWordEndingInAStarIsAPrefix() {
        List<SearchHit> hits = search.search("stockpil*", 20, RUSSIA.id());

        assertThat(hits).extracting(SearchHit::kind)
                .contains(PassageKind.HEADING, PassageKind.PARAGRAPH, PassageKind.FOOTNOTE);
        assertThat(hits).flatExtracting(SearchServiceTest::highlighted)
                .allSatisfy(word -> assertThat(word.toLowerCase(Locale.ROOT)).startsWith("stockpil"))
                .contains("Stockpiling", "stockpile");
    }

    @Test
    void matchesInHeadingsAndRepeatedMatchesRankHigher() {
        List<SearchHit> hits = search.search("stockpile", 10, UKRAINE.id());

        assertThat(hits).extracting(SearchHit::snippet).containsExactly(
                "Stockpile destruction",
                "Stockpile figures: Ukraine reported a stockpile of PFM-1 mines.",
                "Ukraine reported a stockpile of older mines in 2021.");
        assertThat(hits.get(0).kind()).isEqualTo(PassageKind.HEADING);
        assertThat(hits.get(0).sectionTitle()).isEqualTo("Stockpile destruction");
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theWholeLibraryIsRankedTheSameWay() {
        List<SearchHit> hits = search.search("stockpile", 20, null);

        assertThat(hits).filteredOn(hit -> hit.reportId().equals(UKRAINE.id())).extracting(SearchHit::snippet)
                .containsExactly("Stockpile destruction",
                        "Stockpile figures: Ukraine reported a stockpile of PFM-1 mines.",
                        "Ukraine reported a stockpile of older mines in 2021.");
        assertThat(hits.get(0).kind()).isEqualTo(PassageKind.HEADING);
    }

    @Test
    void aLongPassageGivesAShortSnippetAroundTheMatch() {
        List<SearchHit> hits = search.search("ensuring", 10, null);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.snippet()).startsWith("…").endsWith("ensuring security.[2]")
                    .hasSizeLessThan(120);
            assertThat(hit.sectionTitle()).isEqualTo("Policy");
            assertThat(highlighted(hit)).containsExactly("ensuring");
            assertThat(hit.markedSnippet("<", ">")).contains("of <ensuring> security");
        });
    }

    @Test
    void highlightsPointAtTheMatchedWordsInTheSnippet() {
        List<SearchHit> hits = search.search("stockpile", 10, null);

        assertThat(hits).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.highlights()).isNotEmpty();
            assertThat(highlighted(hit)).allSatisfy(word -> assertThat(word).isEqualToIgnoringCase("stockpile"));
            assertThat(hit.snippet()).doesNotContain("\uE000", "\uE001");
        });
    }

    @Test
    void aReportFilterKeepsToThatReport() {
        assertThat(search.search("mines", 50, null)).extracting(SearchHit::reportId)
                .contains(RUSSIA.id(), UKRAINE.id());

        assertThat(search.search("mines", 50, UKRAINE.id())).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.reportId()).isEqualTo(UKRAINE.id()));
        assertThat(search.search("mines", 50, ReportId.parse("atlantis/mine-action/2020")))
                .isEmpty();
    }

    @Test
    void footnotesAreFoundWithTheirNumber() {
        List<SearchHit> hits = search.search("ministry defence", 10, null);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(PassageKind.FOOTNOTE);
            assertThat(hit.footnoteNumber()).isEqualTo(4);
            assertThat(hit.blockOrdinal()).isEqualTo(3);
            assertThat(hit.sectionOrdinal()).isNull();
            assertThat(hit.sectionTitle()).isNull();
            assertThat(hit.snippet()).isEqualTo("Email from the Ministry of Defence, stockpile figures, 2021.");
            assertThat(highlighted(hit)).containsExactly("Ministry", "Defence");
        });
    }

    @Test
    void aMultiLineFootnoteIsSearchable() {
        assertThat(search.search("\"russia profile of 2010\"", 10, null))
                .singleElement().satisfies(hit -> assertThat(hit.footnoteNumber()).isEqualTo(3));
    }

    @Test
    void titlesAndChromeAreNotSearched() {
        assertThat(search.search("RWANDA", 10, null)).isEmpty();
        assertThat(search.search("\"last updated\"", 10, null)).isEmpty();
        assertThat(search.search("jump", 10, null)).isEmpty();
    }

    @Test
    void designationsFindTheirMineAndNotItsSiblings() {
        for (String typed : List.of("PMN-2", "pmn-2", "PMN 2", "pmn2", "PMN2", "ＰＭＮ－２", "PMN–2")) {
            assertThat(search.search(typed, 10, null)).as(typed)
                    .singleElement().satisfies(hit -> {
                        assertThat(hit.snippet()).contains("including PMN-2 mines");
                        assertThat(highlighted(hit)).containsExactly("PMN-2");
                    });
        }
        assertThat(search.search("PMN-4", 10, null)).singleElement()
                .satisfies(hit -> assertThat(hit.reportId()).isEqualTo(UKRAINE.id()));
    }

    @Test
    void aShorterDesignationNumberDoesNotMatchALongerOne() {
        assertThat(search.search("MON-10", 10, null)).isEmpty();
        assertThat(search.search("MON 10", 10, null)).isEmpty();
        assertThat(search.search("MON-100", 10, null)).hasSize(1);
        assertThat(search.search("mon100", 10, null)).hasSize(1);
    }

    @Test
    void designationsWithLettersAfterTheDigits() {
        assertThat(search.search("pfm1s", 10, null)).singleElement()
                .satisfies(hit -> assertThat(hit.reportId()).isEqualTo(RUSSIA.id()));
        assertThat(search.search("PFM-1S", 10, null)).hasSize(1);
        assertThat(search.search("PFM-1", 10, null)).singleElement()
                .satisfies(hit -> assertThat(hit.reportId()).isEqualTo(UKRAINE.id()));
    }

    @Test
    void ordinaryWordsBeforeAYearStayWords() {
        assertThat(search.search("destroyed in 2012", 10, null)).hasSize(1);
        assertThat(search.search("mines 2022", 10, null)).extracting(SearchHit::snippet)
                .containsExactly("POM-3 mines were found, and MON-100 directional mines were used in 2022.");
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertThat(search.search("reunion", 10, null)).hasSize(1);
        assertThat(search.search("RÉUNION", 10, null)).hasSize(1);
    }

    @Test
    void rightToLeftTextIsFound() {
        assertThat(search.search("لبنان", 10, null)).singleElement()
                .satisfies(hit -> assertThat(highlighted(hit)).containsExactly("لبنان"));
        assertThat(search.search("התלוש ישראל", 10, null)).isEmpty();
        assertThat(search.search("ישראל", 10, null)).hasSize(1);
        assertThat(search.search("التلوث", 10, null)).singleElement()
                .satisfies(hit -> assertThat(hit.kind()).isEqualTo(PassageKind.HEADING));
    }

    @Test
    void hostileInputReturnsNormally() {
        List<String> inputs = List.of("\"", "\"\"", "AND", "OR NOT", "*", "(", ")", "-", "NEAR(a b)", "a:b", "^x",
                "\u0000", "mines\u0000 AND", "لبنان ملوث", "עברית", "🙂", "💣 mines 💣", "x".repeat(10_000),
                "mines ".repeat(2_000), "   \t\n ", "", "\"unclosed phrase", "heading:mines", "{heading body}:mines",
                "mines NOT stockpile", "- mines", "+mines", "mines*", "**", "\"mines\"*", "'; DROP TABLE report; --",
                "\uE000mines\uE001", "\uD83D", "a\u0301", "\u200F\u202Bmines");
        for (String input : inputs) {
            assertThat(search.search(input, 20, null)).as(input).isNotNull();
            assertThat(search.search(input, 20, RUSSIA.id())).as(input).isNotNull();
        }
        assertThat(search.search(null, 20, null)).isEmpty();
        assertThat(search.search("mines", 0, null)).isEmpty();
        assertThat(reports.count()).isEqualTo(3);
    }

    @Test
    void randomInputNeverFails() {
        String alphabet = "aZ09 \"*()-+^:.,;'\\/{}[]~NEAR AND OR NOT \u0000\t\nÉéПМН😀\uD83Dلبنان\u0301\u200F\uE000";
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder typed = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                typed.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(search.search(typed.toString(), 5, round % 2 == 0 ? null : RUSSIA.id()))
                    .as(typed.toString()).isNotNull();
        }
    }

    @Test
    void operatorsAreSearchedAsPlainWords() {
        assertThat(search.search("mines NOT stockpile", 10, RUSSIA.id())).isEmpty();
        assertThat(search.search("Russia OR Ukraine", 10, null)).isEmpty();
    }

    @Test
    void theLimitIsRespected() {
        assertThat(search.search("mines", 2, null)).hasSize(2);
        assertThat(search.search("mines", 2, UKRAINE.id())).hasSize(2);
    }

    @Test
    void aDeletedReportIsNoLongerFound() {
        reports.delete(UKRAINE.id());

        assertThat(search.search("Kharkiv", 10, null)).isEmpty();
        assertThat(search.search("stockpile", 10, null)).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.reportId()).isEqualTo(RUSSIA.id()));
    }

    static List<String> highlighted(SearchHit hit) {
        return hit.highlights().stream().map(r -> hit.snippet().substring(r.start(), r.end())).toList();
    }
}
