package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.fieldbook.AppContext;
import org.fieldbook.importer.FileOutcome;
import org.fieldbook.importer.Problem;
import org.fieldbook.importer.Severity;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking and importing profiles and catalogue files in a library filled with the bundled content. */
class CatalogueImportTest {
    static final Path UNKNOWN = Path.of("src/test/resources/catalogue/unknown-designations.txt");
    static final Path TWO_ENTRIES = Path.of("src/test/resources/catalogue/two-entries.json");
    static final Path CLASHING = Path.of("src/test/resources/catalogue/clashing-names.json");
    static final Path SEED = Path.of("resources/library/profiles/russian-federation-mine-ban-policy-2021.txt");

    @TempDir
    Path dir;
    AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(dir.resolve("library.sqlite"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    CatalogueService catalogue() {
        return context.catalogueService();
    }

    @Test
    void checkReportsDesignationsTheCatalogueLacksAsInformationAtTheirFirstLine() {
        FileOutcome outcome = AppContext.checker().check(UNKNOWN);
        assertThat(outcome.hasErrors()).isFalse();
        assertThat(outcome.problems()).filteredOn(p -> p.severity() == Severity.INFO)
                .extracting(Problem::line, Problem::message).containsExactly(
                        tuple(9, "PMA-3 looks like a mine designation but is not in the catalogue"),
                        tuple(9, "PROM-1 looks like a mine designation but is not in the catalogue"),
                        tuple(9, "TMA-4 looks like a mine designation but is not in the catalogue"),
                        tuple(11, "MON-150 looks like a mine designation but is not in the catalogue"));
    }

    @Test
    void importStoresTheMentionsWithTheReportAndListsTheSameInformation() {
        FileOutcome outcome = context.importService().importFile(UNKNOWN);
        assertThat(outcome.hasErrors()).isFalse();
        assertThat(outcome.count(Severity.INFO)).isEqualTo(4);
        assertThat(catalogue().mentionCounts().get("PMN-2")).isEqualTo(new MentionCount(4, 2));
        assertThat(catalogue().mentions("PMN-2", 10)).extracting(m -> m.reportId().toString())
                .containsExactly("bosnia-and-herzegovina/mine-action/2022", "russian-federation/mine-ban-policy/2021",
                        "russian-federation/mine-ban-policy/2021", "russian-federation/mine-ban-policy/2021");
    }

    @Test
    void replacingTheCatalogueFindsEveryMentionAgainAndAddedNamesAreNoLongerReported() {
        context.importService().importFile(UNKNOWN);
        FileOutcome replaced = context.importService().importFile(TWO_ENTRIES);
        assertThat(replaced.hasErrors()).as(replaced.problems().toString()).isFalse();
        assertThat(replaced.summary()).isEqualTo("mine-type catalogue (2 entries, 1 source); 6 mentions in the library");

        assertThat(catalogue().catalogue().entries()).extracting(MineType::name).containsExactly("PMN-2", "PMA-3");
        assertThat(catalogue().mentionCounts()).containsOnlyKeys("PMN-2", "PMA-3");
        assertThat(catalogue().mentionCounts().get("PMA-3")).isEqualTo(new MentionCount(2, 1));
        assertThat(catalogue().mentions("PMA-3", 10)).extracting(m -> m.footnoteNumber()).containsExactly(null, 2);
        assertThat(catalogue().lookup("PMN")).extracting(hit -> hit.entry().name()).containsExactly("PMN-2");

        FileOutcome again = context.libraryChecker().check(UNKNOWN);
        assertThat(again.problems()).filteredOn(p -> p.severity() == Severity.INFO).extracting(Problem::message)
                .noneMatch(m -> m.startsWith("PMA-3")).anyMatch(m -> m.startsWith("MON-150"));
    }

    @Test
    void aCatalogueWithErrorsIsRefusedWithItsLinesAndChangesNothing() {
        FileOutcome refused = context.importService().importFile(CLASHING);
        assertThat(refused.hasErrors()).isTrue();
        assertThat(refused.problems()).extracting(Problem::toString).containsExactly(
                CLASHING + ":5: error: PMN-4: \"PMN 2\" is already a name of PMN-2 (\"PMN-2\", line 4); names and "
                        + "aliases must be unique across the catalogue, ignoring case, hyphens and spaces",
                CLASHING + ":6: error: PMA-3: unknown role \"anti-personnel\" (known: antipersonnel, antivehicle, "
                        + "delivery system)");
        assertThat(catalogue().catalogue().entries()).hasSize(20);
        assertThat(catalogue().mentionCounts().get("PMN-2")).isEqualTo(new MentionCount(3, 1));
    }

    @Test
    void reimportingAProfileReplacesItsMentionsWithoutDoubling() {
        FileOutcome outcome = context.importService().importFile(SEED);
        assertThat(outcome.hasErrors()).isFalse();
        assertThat(catalogue().mentionCounts().get("PMN-2")).isEqualTo(new MentionCount(3, 1));
        assertThat(catalogue().mentionCounts().values().stream().mapToInt(MentionCount::passages).sum()).isEqualTo(29);
    }

    @Test
    void aCatalogueImportedByAnotherFieldbookIsUsedForTheNextProfile() {
        try (AppContext other = AppContext.open(dir.resolve("library.sqlite"))) {
            assertThat(other.importService().importFile(TWO_ENTRIES).hasErrors()).isFalse();
        }
        // this context still holds the bundled catalogue in memory; the import must notice
        assertThat(context.importService().importFile(UNKNOWN).problems())
                .extracting(Problem::message).noneMatch(m -> m.startsWith("PMA-3"));
        assertThat(catalogue().mentionCounts().get("PMA-3")).isEqualTo(new MentionCount(2, 1));
        assertThat(catalogue().lookup("PMA-3")).extracting(hit -> hit.entry().name()).containsExactly("PMA-3");
    }
}
