package org.fieldbook.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fieldbook.AppContext;
import org.fieldbook.importer.Zips;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fieldbook import} in a child JVM, killed with SIGKILL at random moments, 20 times:
 * 10 imports of 20 files (one transaction each) and 10 of a 20-file bundle (one transaction
 * for all). After every kill the library opens, passes the integrity check, and holds each
 * report whole (its dump gives back the file's lines) or not at all; a bundle's reports are
 * all there or none is.
 */
class KilledImportTest {
    static final int FILES = 20;
    static final int ROUNDS = 20;
    static final int SINGLE_YEARS = 1900;
    static final int BUNDLE_YEARS = 1950;

    @TempDir
    Path dir;

    @Test
    void anImportKilledAtAnyMomentLeavesEveryReportWholeOrAbsent() throws Exception {
        ChildJvm child = new ChildJvm(dir);
        List<Path> singles = TrustFixtures.seedCopies(dir.resolve("singles"), SINGLE_YEARS, FILES);
        Zips bundle = Zips.of();
        for (Path file : TrustFixtures.seedCopies(dir.resolve("bundled"), BUNDLE_YEARS, FILES)) {
            bundle.addFile("profiles/" + file.getFileName(), file);
        }
        Path zip = bundle.write(dir.resolve("update.zip"));
        Path base = dir.resolve("base.sqlite");
        assertThat(child.run("create", "--library", base.toString(), "list")).isZero();

        assertThat(timedFullImport(child, base, args(singles))).isPositive();
        assertThat(timedFullImport(child, base, List.of(zip.toString()))).isPositive();

        long seed = new Random().nextLong();
        Random random = new Random(seed);
        int partialRounds = 0;
        for (int round = 0; round < ROUNDS; round++) {
            boolean isBundle = round % 2 == 1;
            Path library = dir.resolve("round" + round + ".sqlite");
            Files.copy(base, library, StandardCopyOption.REPLACE_EXISTING);
            List<String> args = new ArrayList<>(List.of("--library", library.toString(), "import"));
            args.addAll(isBundle ? List.of(zip.toString()) : args(singles));
            Process process = child.start("round" + round, args.toArray(String[]::new));
            // kill while it writes: from the moment its write-ahead log first grows, after a random delay
            // within the time its writing takes (20 commits, or one bundle commit)
            long writingFor = waitUntilWriting(process, library);
            long killAt = (long) (random.nextDouble() * (isBundle ? 80 : 400));
            process.waitFor(killAt, TimeUnit.MILLISECONDS);
            process.destroyForcibly().waitFor();

            int whole = wholeReports(library, isBundle ? BUNDLE_YEARS : SINGLE_YEARS);
            if (isBundle) {
                assertThat(whole).as("round %d (seed %d): a bundle is all or nothing", round, seed).isIn(0, FILES);
            } else if (whole > 0 && whole < FILES) {
                partialRounds++;
            }
            System.out.printf("TRUST killed import round %d (%s): killed %d ms after it began writing (at %d ms), "
                    + "%d of %d reports whole, 0 partial%n", round, isBundle ? "bundle" : FILES + " files", killAt,
                    writingFor, whole, FILES);
        }
        System.out.printf("TRUST killed import: %d rounds (seed %d), %d killed between two files, 0 lost%n", ROUNDS,
                seed, partialRounds);
    }

    private long timedFullImport(ChildJvm child, Path base, List<String> files) throws Exception {
        Path library = dir.resolve("full.sqlite");
        Files.copy(base, library, StandardCopyOption.REPLACE_EXISTING);
        List<String> args = new ArrayList<>(List.of("--library", library.toString(), "import"));
        args.addAll(files);
        return timed(() -> assertThat(child.run("full", args.toArray(String[]::new))).as(child.errText("full")).isZero());
    }

    /** Waits until the library's write-ahead log first grows (or the process ends); returns how long that took. */
    private static long waitUntilWriting(Process process, Path library) throws Exception {
        Path wal = library.resolveSibling(library.getFileName() + "-wal");
        long start = System.nanoTime();
        while (process.isAlive() && (!Files.exists(wal) || Files.size(wal) == 0)
                && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30)) {
            Thread.sleep(1);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    interface Run {
        void run() throws Exception;
    }

    private static long timed(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Opens the library as Fieldbook does and counts the reports that are whole; fails on any partial one. */
    private static int wholeReports(Path library, int firstYear) throws Exception {
        int whole = 0;
        try (AppContext context = AppContext.open(library)) {
            assertThat(LibraryLook.integrity(library)).isEqualTo("ok");
            for (int year = firstYear; year < firstYear + FILES; year++) {
                Optional<Report> report = context.libraryService().find(ReportId.parse(TrustFixtures.idOfYear(year)));
                if (report.isPresent()) {
                    assertThat(TrustFixtures.nonBlankLines(context.libraryService().dump(report.get().id())))
                            .as("report of %d", year).isEqualTo(TrustFixtures.nonBlankLines(TrustFixtures.seedOfYear(year)));
                    whole++;
                }
            }
            assertThat(context.libraryService().find(ReportId.parse(TrustFixtures.SEED_ID))).isPresent();
        }
        return whole;
    }

    private static List<String> args(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }
}
