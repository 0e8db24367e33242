package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.fieldbook.AppContext;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.NameMatch;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.PassageMention;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportMentions;
import org.fieldbook.model.TextRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue's tables: generations, mentions that live and die with their report and entry, upgrades. */
class CatalogueStorageTest {
    @TempDir
    Path dir;

    /** Names "PMN-2" wherever a passage contains it, as a stand-in for the catalogue's finder. */
    static List<NameMatch> pmn2(String text) {
        int at = text.indexOf("PMN-2");
        return at < 0 ? List.of() : List.of(new NameMatch("PMN-2", List.of(new TextRange(at, at + 5))));
    }

    /** The mention of PMN-2 in the fixture's paragraph that names it, found by walking the blocks as stored. */
    static PassageMention pmn2Paragraph(Report report) {
        for (int ordinal = 0; ; ordinal++) {
            var position = report.positionOfBlock(ordinal).orElse(null);
            if (position == null || position.index() < 0) {
                continue;
            }
            String text = report.sections().get(position.section()).blocks().get(position.index()).text();
            if (text.contains("PMN-2")) {
                return new PassageMention(PassageKind.PARAGRAPH, ordinal, pmn2(text).get(0));
            }
        }
    }

    @Test
    void aReportIsNotStoredWhenTheCatalogueChangedSinceItsMentionsWereFound() {
        try (Database db = Database.open(dir.resolve("library.sqlite"))) {
            CatalogueRepository catalogue = new CatalogueRepository(db);
            ReportRepository reports = new ReportRepository(db);
            assertThat(catalogue.generation()).isZero();
            assertThat(catalogue.replace("a.json", "{}", List.of("PMN-2"), CatalogueStorageTest::pmn2).generation())
                    .isEqualTo(1);
            Report russia = ReportFixtures.russia();
            ReportMentions stale = new ReportMentions(0, List.of(pmn2Paragraph(russia)));
            assertThatThrownBy(() -> reports.replace(russia, stale)).isInstanceOf(StaleCatalogueException.class)
                    .hasMessageContaining("changed while russian-federation/mine-ban-policy/2021 was being imported");
            assertThat(reports.count()).isZero();

            reports.replace(russia, new ReportMentions(1, List.of(pmn2Paragraph(russia))));
            assertThat(catalogue.counts()).containsEntry("PMN-2", new MentionCount(1, 1));
            assertThat(catalogue.mentions("PMN-2", 10)).singleElement().satisfies(m -> {
                assertThat(m.sectionTitle()).isEqualTo("Stockpiling and destruction");
                assertThat(m.text().substring(m.ranges().get(0).start(), m.ranges().get(0).end())).isEqualTo("PMN-2");
            });
        }
    }

    @Test
    void mentionsGoWithTheirReportAndWithTheirEntry() {
        try (Database db = Database.open(dir.resolve("library.sqlite"))) {
            CatalogueRepository catalogue = new CatalogueRepository(db);
            ReportRepository reports = new ReportRepository(db);
            Report russia = ReportFixtures.russia();
            reports.replace(russia);
            catalogue.replace("a.json", "{}", List.of("PMN-2"), CatalogueStorageTest::pmn2);
            assertThat(catalogue.counts()).containsEntry("PMN-2", new MentionCount(1, 1));

            reports.delete(russia.id());
            assertThat(TestSql.queryLong(db, "SELECT count(*) FROM mention")).isZero();

            reports.replace(russia, new ReportMentions(1, List.of(pmn2Paragraph(russia))));
            catalogue.replace("b.json", "{}", List.of("PMN-4"), CatalogueStorageTest::pmn2);
            assertThat(TestSql.queryLong(db, "SELECT count(*) FROM mention")).isZero();
            assertThat(catalogue.load()).hasValueSatisfying(stored -> {
                assertThat(stored.generation()).isEqualTo(2);
                assertThat(stored.sourceFile()).isEqualTo("b.json");
            });
        }
    }

    @Test
    void aFailedCatalogueReplacementLeavesTheOldCatalogueAndItsMentions() {
        try (Database db = Database.open(dir.resolve("library.sqlite"))) {
            CatalogueRepository catalogue = new CatalogueRepository(db);
            new ReportRepository(db).replace(ReportFixtures.russia());
            catalogue.replace("a.json", "{\"old\": true}", List.of("PMN-2"), CatalogueStorageTest::pmn2);
            assertThatThrownBy(() -> catalogue.replace("b.json", "{}", List.of("PMN-4"), text -> {
                throw new IllegalStateException("killed midway");
            })).hasMessage("killed midway");
            assertThat(catalogue.load()).hasValueSatisfying(stored -> assertThat(stored.document()).isEqualTo("{\"old\": true}"));
            assertThat(catalogue.counts()).containsEntry("PMN-2", new MentionCount(1, 1));
        }
    }

    @Test
    void aLibraryMadeBeforeTheCatalogueGetsTheBundledOneAndItsMentions() {
        Path file = dir.resolve("old.sqlite");
        try (Database old = Database.open(file, Migrations.upTo(2))) {
            new ReportRepository(old).replace(ReportFixtures.russia());
        }
        try (AppContext context = AppContext.open(file)) {
            assertThat(context.catalogueService().catalogue().entries()).hasSize(20);
            assertThat(context.catalogueService().mentionCounts()).containsOnlyKeys("PMN-2", "PFM-1S", "POMZ-2");
            assertThat(context.libraryService().count()).isEqualTo(1);
        }
        try (AppContext again = AppContext.open(file)) {
            assertThat(again.catalogueService().catalogue().entries()).hasSize(20);
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.all().latestVersion());
            assertThat(new CatalogueRepository(db).generation()).as("filled once, not at every start").isEqualTo(1);
        }
    }
}
