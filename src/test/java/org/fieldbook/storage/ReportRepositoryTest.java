package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.ReportSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRepositoryTest {
    @TempDir
    Path dir;

    private Database db;
    private ReportRepository reports;
    private PassageSearchRepository search;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        reports = new ReportRepository(db);
        search = new PassageSearchRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findRebuildsTheStoredReportExactly() {
        Report russia = ReportFixtures.russia();

        reports.replace(russia);

        assertThat(reports.find(russia.id())).contains(russia);
    }

    @Test
    void rebuildsReportsWithoutSectionsOrFootnotesOrDates() {
        Report bare = ReportFixtures.builder("Tuvalu", "Landmine Monitor Report 2003", 2003)
                .title("Tuvalu, Landmine Monitor Report 2003").preambleChrome("<TURKMENISTAN | UGANDA>")
                .trailerChrome("<Previous | Next>").trailerChrome("|")
                .build();
        Report emptySections = ReportFixtures.builder("Nauru", "Mine Ban Policy", 2010)
                .title("Nauru").headless().section("Policy").trailerChrome("end")
                .build();

        reports.replace(bare);
        reports.replace(emptySections);

        assertThat(reports.find(bare.id())).contains(bare);
        assertThat(reports.find(emptySections.id())).contains(emptySections);
    }

    @Test
    void findOfAnUnknownReportIsEmpty() {
        assertThat(reports.find(ReportId.parse("atlantis/mine-ban-policy/2021"))).isEmpty();
    }

    @Test
    void replacingAReportReplacesAllItHeld() {
        Report first = ReportFixtures.russia();
        Report second = ReportFixtures.builder("Russian Federation", "Mine Ban Policy", 2021)
                .title("Russian Federation").section("Use", "Russian forces used antipersonnel mines in Ukraine.[1]")
                .footnote(1, "Human Rights Watch, 2022.").build();
        reports.replace(first);
        long blocksOfOtherReport = storeOther();

        reports.replace(second);

        assertThat(reports.count()).isEqualTo(2);
        assertThat(reports.find(first.id())).contains(second);
        assertThat(TestSql.queryLong(db, "SELECT count(*) FROM block")).isEqualTo(blocksOfOtherReport + 3);
        assertThat(TestSql.queryLong(db, "SELECT count(*) FROM footnote")).isEqualTo(2);
        assertThat(search.search("\"stockpile\"", 10, null)).isEmpty();
        assertThat(search.search("\"ukraine\"", 10, null)).hasSize(1);
        TestSql.checkSearchIndex(db);
    }

    @Test
    void aReplaceThatFailsMidwayLeavesThePreviousVersionAndIndexIntact() {
        Report first = ReportFixtures.russia();
        reports.replace(first);
        // two sections with one ordinal: the second section's row breaks the primary key, after
        // the report, the first section and its passages (and their index entries) were written
        Report broken = ReportFixtures.builder("Russian Federation", "Mine Ban Policy", 2021)
                .section(0, "Transfer", "Russia exported OZM-72 mines.")
                .section(0, "Production", "Russia produced OZM-72 mines.")
                .build();

        assertThatThrownBy(() -> reports.replace(broken))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(first.id().toString())
                .hasMessageContaining(db.file().toString());

        assertThat(reports.find(first.id())).contains(first);
        assertThat(reports.count()).isEqualTo(1);
        assertThat(search.search("\"ozm\"", 10, null)).isEmpty();
        assertThat(search.search("\"stockpile\"", 10, null)).isNotEmpty();
        TestSql.checkSearchIndex(db);
    }

    @Test
    void listsSummariesByCountryProfileTypeAndNewestYearFirst() {
        Report russia = ReportFixtures.russia();
        Report russia2019 = ReportFixtures.builder("Russian Federation", "Mine Ban Policy", 2019)
                .title("Russian Federation").section("Policy", "One.", "Two.").build();
        Report russiaCasualties = ReportFixtures.builder("Russian Federation", "Casualties", 2020)
                .lastUpdated(LocalDate.of(2020, 9, 1)).section("Casualties in 2019[1]", "Three.")
                .footnote(1, "ICBL-CMC.").build();
        Report afghanistan = ReportFixtures.builder("Afghanistan", "Mine Action", 2022)
                .headless("Four.").build();
        reports.replace(russia2019);
        reports.replace(russia);
        reports.replace(afghanistan);
        reports.replace(russiaCasualties);

        List<ReportSummary> list = reports.list();

        assertThat(list).extracting(ReportSummary::id).containsExactly(afghanistan.id(), russiaCasualties.id(),
                russia.id(), russia2019.id());
        assertThat(list.get(2)).isEqualTo(new ReportSummary(russia.id(), "Russian Federation", "Mine Ban Policy",
                2021, LocalDate.of(2021, 11, 17), russia.sourceFile(), 3, 4, 5));
        assertThat(list.get(1)).isEqualTo(new ReportSummary(russiaCasualties.id(), "Russian Federation",
                "Casualties", 2020, LocalDate.of(2020, 9, 1), russiaCasualties.sourceFile(), 1, 1, 1));
        assertThat(list.get(0).lastUpdated()).isNull();
        assertThat(reports.count()).isEqualTo(4);
    }

    @Test
    void anEmptyLibraryListsNothing() {
        assertThat(reports.list()).isEmpty();
        assertThat(reports.count()).isZero();
    }

    @Test
    void deleteRemovesTheReportWithAllItsRowsAndPassages() {
        Report russia = ReportFixtures.russia();
        reports.replace(russia);
        long otherBlocks = storeOther();

        assertThat(reports.delete(russia.id())).isTrue();

        assertThat(reports.find(russia.id())).isEmpty();
        assertThat(reports.delete(russia.id())).isFalse();
        assertThat(reports.count()).isEqualTo(1);
        assertThat(TestSql.queryLong(db, "SELECT count(*) FROM block")).isEqualTo(otherBlocks);
        assertThat(TestSql.queryLong(db, "SELECT count(*) FROM section")).isEqualTo(1);
        assertThat(TestSql.queryLong(db, "SELECT count(*) FROM footnote")).isEqualTo(1);
        assertThat(search.search("\"stockpile\"", 10, null)).isEmpty();
        assertThat(search.search("\"ministry\"", 10, null)).isEmpty();
        TestSql.checkSearchIndex(db);
    }

    /** Stores an unrelated report; returns its number of blocks. */
    private long storeOther() {
        Report other = ReportFixtures.builder("Angola", "Mine Action", 2020)
                .title("Angola").section("Contamination", "Angola is contaminated by PMN mines.[1]")
                .footnote(1, "HALO Trust.").build();
        reports.replace(other);
        return 3;
    }
}
