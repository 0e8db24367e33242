package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.fieldbook.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsAndMigratesANewLibraryWithItsFolders() {
        Path file = dir.resolve("data/fieldbook/library.db");

        try (Database db = Database.open(file)) {
            assertThat(db.file()).isEqualTo(file.toAbsolutePath());
            assertThat(db.schemaVersion()).isEqualTo(Migrations.all().latestVersion());
            assertThat(TestSql.queryLong(db, "PRAGMA application_id")).isEqualTo(0x464C4442L);
            assertThat(TestSql.queryLong(db, "PRAGMA foreign_keys")).isEqualTo(1);
            assertThat(TestSql.queryStrings(db, "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(TestSql.queryStrings(db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')"))
                    .contains("report", "section", "block", "footnote", "passage", "passage_fts");
        }
        assertThat(file).exists();
    }

    @Test
    void anEmptyFileBecomesALibrary() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.db"));

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.all().latestVersion());
        }
    }

    @Test
    void aLibraryKeepsItsReportsWhenReopened() {
        Path file = dir.resolve("library.db");
        try (Database db = Database.open(file)) {
            new ReportRepository(db).replace(ReportFixtures.russia());
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.all().latestVersion());
            assertThat(new ReportRepository(db).find(ReportFixtures.russia().id())).contains(ReportFixtures.russia());
        }
    }

    @Test
    void upgradesAVersion1LibraryAndIndexesWhatItHolds() {
        Path file = dir.resolve("old.db");
        Report russia = ReportFixtures.russia();
        try (Database old = Database.open(file, Migrations.upTo(1))) {
            assertThat(old.schemaVersion()).isEqualTo(1);
            assertThat(TestSql.queryLong(old, "SELECT count(*) FROM sqlite_schema WHERE name = 'passage_fts'"))
                    .isZero();
            new ReportRepository(old).replace(russia);
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.all().latestVersion());
            assertThat(new ReportRepository(db).find(russia.id())).contains(russia);
            PassageSearchRepository search = new PassageSearchRepository(db);
            assertThat(search.search("\"stockpile\"", 10, null)).isNotEmpty();
            assertThat(search.search("\"ministry\"", 10, null))
                    .singleElement().satisfies(hit -> assertThat(hit.footnoteNumber()).isEqualTo(4));
            TestSql.checkSearchIndex(db);
        }
    }

    @Test
    void twoOpenLibrariesOnOneFileSeeEachOthersWrites() {
        Path file = dir.resolve("shared.db");
        try (Database window = Database.open(file); Database commandLine = Database.open(file)) {
            new ReportRepository(commandLine).replace(ReportFixtures.russia());

            assertThat(new ReportRepository(window).count()).isEqualTo(1);
            assertThat(new PassageSearchRepository(window).search("\"stockpile\"", 5, null)).isNotEmpty();
        }
    }

    @Test
    void refusesATextFileAndLeavesItUnchanged() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "Shopping list\nmilk\n", StandardCharsets.UTF_8);

        assertRefusedUnchanged(file, "is not an SQLite database");
    }

    @Test
    void refusesRandomBytesAndLeavesThemUnchanged() throws IOException {
        Path file = dir.resolve("random.bin");
        byte[] bytes = new byte[8192];
        new Random(42).nextBytes(bytes);
        Files.write(file, bytes);

        assertRefusedUnchanged(file, "not an SQLite database");
    }

    @Test
    void refusesAnotherProgramsSqliteDatabaseAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("contacts.db");
        TestSql.onFile(file, "CREATE TABLE contact (name TEXT, phone TEXT)",
                "INSERT INTO contact VALUES ('Ana', '123')");

        assertRefusedUnchanged(file, "another program");
    }

    @Test
    void refusesALibraryFromANewerFieldbookWithoutChangingIt() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        TestSql.onFile(file, "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isExactlyInstanceOf(StorageException.class)
                .hasMessageContaining("made by a newer Fieldbook")
                .hasMessageContaining(file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("a-folder.db"));

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(folder.toString());
    }

    @Test
    void aFailureAfterCloseNamesTheLibraryFile() {
        Path file = dir.resolve("closed.db");
        Database db = Database.open(file);
        db.close();

        assertThatThrownBy(db::schemaVersion)
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
    }

    private void assertRefusedUnchanged(Path file, String reason) throws IOException {
        byte[] before = Files.readAllBytes(file);
        long filesBefore = countFiles();

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(NotALibraryException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining(reason)
                .hasMessageContaining("not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(countFiles()).as("no journal or other file left beside it").isEqualTo(filesBefore);
    }

    private long countFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
