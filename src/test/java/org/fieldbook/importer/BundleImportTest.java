package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.storage.Database;
import org.fieldbook.storage.ReportRepository;
import org.fieldbook.storage.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library update bundle is imported whole, in one transaction, or not at all. */
class BundleImportTest {
    @TempDir
    Path dir;

    Database db;
    ReportRepository reports;
    ImportService importer;

    /** A JSON kind, as the catalogue and figures branches add them, that fails while storing. */
    static final class FailingKind implements LibraryFileKind {
        @Override
        public boolean reads(InputFile input) {
            return input.name().endsWith("fail.json");
        }

        @Override
        public FileOutcome check(InputFile input) {
            return new FileOutcome(input.file(), List.of(), "a file that checks out", null);
        }

        @Override
        public FileOutcome store(InputFile input) {
            throw new StorageException(StorageException.Reason.DISK_FULL, "Could not store: the disk is full", null);
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.sqlite"));
        reports = new ReportRepository(db);
        importer = new ImportService(List.of(new FailingKind(), new ProfileFileKind(new ProfileParser(), reports, MentionScanner.NONE)),
                db::inTransaction);
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<FileOutcome> importBundle(Zips zip) {
        return importer.importFiles(List.of(zip.write(dir.resolve("update.zip"))), (d, t, o) -> { }, () -> false);
    }

    static Zips threeProfiles() {
        return Zips.of().addFile("profiles/" + Profiles.KENYA, Profiles.fixture(Profiles.KENYA))
                .addFile("profiles/" + Profiles.LAO, Profiles.fixture(Profiles.LAO))
                .addFile(Profiles.BOSNIA, Profiles.fixture(Profiles.BOSNIA));
    }

    @Test
    void aGoodBundleImportsEveryProfileInIt() {
        List<FileOutcome> outcomes = importBundle(threeProfiles().add("profiles/", new byte[0])
                .add("__MACOSX/profiles/._kenya.txt", "resource fork").add(".DS_Store", "finder"));

        assertThat(outcomes).hasSize(3).noneMatch(FileOutcome::hasErrors);
        assertThat(outcomes.get(0).file().toString()).endsWith("update.zip!/profiles/" + Profiles.KENYA);
        assertThat(reports.count()).isEqualTo(3);
    }

    @Test
    void oneBadFileKeepsTheWholeBundleOut() {
        List<FileOutcome> outcomes = importBundle(threeProfiles()
                .addFile("profiles/bad.txt", Profiles.fixture("error-duplicate-footnotes.txt")));

        assertThat(reports.count()).isZero();
        assertThat(outcomes).allMatch(FileOutcome::hasErrors);
        assertThat(outcomes.get(0).file().toString()).endsWith("update.zip!/profiles/bad.txt");
        assertThat(outcomes.get(1).problems()).singleElement().asString()
                .contains("update.zip:1: error: 1 of the 4 files in the bundle have errors", "nothing from the bundle");
    }

    @Test
    void aFailureWhileStoringTheLastFileUndoesTheFirstOnes() {
        assertThatThrownBy(() -> importBundle(threeProfiles().add("zz-fail.json", "{}")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("the disk is full").hasMessageContaining("Nothing from the bundle");

        assertThat(reports.count()).isZero();
    }

    @Test
    void checkingABundleTouchesNothing() {
        List<FileOutcome> outcomes = importer.checkFiles(List.of(threeProfiles().write(dir.resolve("u.zip"))),
                (d, t, o) -> { });
        assertThat(outcomes).hasSize(3).noneMatch(FileOutcome::hasErrors);
        assertThat(reports.count()).isZero();
    }

    @Test
    void entriesOutsideTheRootAbsolutePathsAndOtherTypesAreRefused() {
        record Case(Zips zip, String says) {
        }
        String kenya = new String(Profiles.bytes(Profiles.fixture(Profiles.KENYA)), StandardCharsets.UTF_8);
        List<Case> cases = List.of(
                new Case(Zips.of().add("../evil.txt", kenya), "points outside the bundle"),
                new Case(Zips.of().add("profiles/../../evil.txt", kenya), "points outside the bundle"),
                new Case(Zips.of().add("..\\evil.txt", kenya), "points outside the bundle"),
                new Case(Zips.of().add("/etc/evil.txt", kenya), "absolute path"),
                new Case(Zips.of().add("C:/evil.txt", kenya), "absolute path"),
                new Case(Zips.of().add("link.txt", "/etc/passwd").unixMode("link.txt", 0120777), "is a link"),
                new Case(Zips.of().add("pipe.txt", "").unixMode("pipe.txt", 0010644), "not a plain file"),
                new Case(Zips.of().add("run.exe", "MZ"), "neither a .txt profile nor a .json file"),
                new Case(Zips.of().add("inner.zip", threeProfiles().bytes()), "neither a .txt"),
                new Case(Zips.of().add("a\u0007.txt", kenya), "control characters"));
        for (Case c : cases) {
            List<FileOutcome> outcomes = importBundle(c.zip().add("good.txt", kenya));
            assertThat(outcomes).as(c.says()).singleElement().satisfies(o -> {
                assertThat(o.hasErrors()).isTrue();
                assertThat(o.problems()).singleElement().asString().contains(c.says(), "update.zip:1: error: ");
            });
            assertThat(reports.count()).as(c.says()).isZero();
        }
    }

    @Test
    void aBundleWithNothingToImportIsRefused() {
        assertThat(importBundle(Zips.of().add("profiles/", new byte[0]).add("__MACOSX/._x.txt", "fork")))
                .singleElement().satisfies(o -> assertThat(o.problems()).singleElement().asString()
                        .contains("holds no .txt or .json files"));
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        java.nio.file.Files.write(dir.resolve("update.zip"), "PK not really".getBytes(StandardCharsets.UTF_8));
        List<FileOutcome> outcomes = importer.importFiles(List.of(dir.resolve("update.zip")), (d, t, o) -> { },
                () -> false);
        assertThat(outcomes).singleElement().satisfies(o ->
                assertThat(o.problems().get(0).message()).contains("not a zip file"));

        byte[] cut = java.util.Arrays.copyOf(threeProfiles().bytes(), 900);
        java.nio.file.Files.write(dir.resolve("update.zip"), cut);
        assertThat(importer.importFiles(List.of(dir.resolve("update.zip")), (d, t, o) -> { }, () -> false))
                .singleElement().matches(FileOutcome::hasErrors);
        assertThat(reports.count()).isZero();
    }
}
