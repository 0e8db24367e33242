package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several repository writes made one all-or-nothing unit, as a bundle import does. */
class NestedTransactionTest {
    @TempDir
    Path dir;

    static Report russiaAs(String country) {
        Report r = ReportFixtures.russia();
        return new Report(new ReportId(country, r.id().profileSlug(), r.id().year()), r.country(), r.profileType(),
                r.year(), r.lastUpdated(), r.sourceFile(), r.sourceUrl(), r.preamble(), r.sections(), r.footnotes(),
                r.trailer());
    }

    @Test
    void writesInsideOneTransactionAreAllCommittedTogether() {
        try (Database db = Database.open(dir.resolve("l.sqlite"))) {
            ReportRepository reports = new ReportRepository(db);
            db.inTransaction("store two", () -> {
                reports.replace(russiaAs("a"));
                reports.replace(russiaAs("b"));
                return null;
            });
            assertThat(reports.count()).isEqualTo(2);
        }
    }

    @Test
    void aFailureAfterSeveralWritesKeepsNoneOfThem() {
        try (Database db = Database.open(dir.resolve("l.sqlite"))) {
            ReportRepository reports = new ReportRepository(db);
            reports.replace(russiaAs("kept"));
            assertThatThrownBy(() -> db.inTransaction("store and fail", () -> {
                reports.replace(russiaAs("a"));
                reports.replace(russiaAs("kept"));  // replacing inside the unit is undone too
                reports.delete(russiaAs("kept").id());
                throw new IllegalStateException("the third file is bad");
            })).hasMessage("the third file is bad");

            assertThat(reports.list()).extracting(s -> s.id().countrySlug()).containsExactly("kept");
            assertThat(reports.find(russiaAs("kept").id())).contains(russiaAs("kept"));
            TestSql.checkSearchIndex(db);
            assertThat(TestSql.queryStrings(db, "PRAGMA integrity_check")).containsExactly("ok");
        }
    }

    @Test
    void aNestedFailureCaughtInsideUndoesOnlyItsOwnWrites() {
        try (Database db = Database.open(dir.resolve("l.sqlite"))) {
            ReportRepository reports = new ReportRepository(db);
            db.inTransaction("store with a caught failure", () -> {
                reports.replace(russiaAs("a"));
                try {
                    db.inTransaction("inner", () -> {
                        reports.replace(russiaAs("b"));
                        throw new IllegalStateException("inner failure");
                    });
                } catch (IllegalStateException expected) {
                    // the caller decided to go on without b
                }
                return null;
            });
            assertThat(reports.list()).extracting(s -> s.id().countrySlug()).containsExactly("a");
            TestSql.checkSearchIndex(db);
        }
    }
}
