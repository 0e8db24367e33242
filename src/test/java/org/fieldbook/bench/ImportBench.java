package org.fieldbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fieldbook.AppContext;
import org.fieldbook.importer.FileOutcome;

/**
 * Import throughput as a user gets it: the corpus's profiles, then its figures files, imported through the real
 * {@code ImportService} (parse, check, one transaction per file, search indexing) into a new
 * library, timed in chunks; the median and 95th percentile are over the chunks' rates
 * (profiles per second), the overall rate over the whole run. Leaves the library behind
 * for the other benchmarks.
 *
 * <p>Usage: {@code ImportBench --corpus DIR --library FILE [--chunk 1000]}.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws IOException {
        BenchArgs parsed = BenchArgs.parse(args);
        Map<String, Object> result = run(parsed.path("--corpus", null), parsed.path("--library", null),
                parsed.integer("--chunk", 1_000));
        System.out.println(BenchJson.write(result));
    }

    /** Imports every {@code .txt} in {@code corpus} into a new library at {@code library}. */
    static Map<String, Object> run(Path corpus, Path library, int chunk) throws IOException {
        List<Path> files = CorpusFiles.inImportOrder(corpus);
        long profiles = CorpusFiles.profiles(files);
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(library.resolveSibling(library.getFileName() + suffix));
        }
        List<Path> profileFiles = files.subList(0, (int) profiles);
        List<Path> figuresFiles = files.subList((int) profiles, files.size());
        List<Double> rates = new ArrayList<>();
        int refused = 0;
        double figuresSeconds;
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        try (AppContext context = AppContext.open(library)) {
            for (int from = 0; from < profileFiles.size(); from += chunk) {
                List<Path> part = profileFiles.subList(from, Math.min(profileFiles.size(), from + chunk));
                long chunkStart = System.nanoTime();
                refused += refusals(context.importService().importFiles(part, (d, t, o) -> { }, () -> false));
                rates.add(part.size() / ((System.nanoTime() - chunkStart) / 1e9));
            }
            long figuresStart = System.nanoTime();
            refused += refusals(context.importService().importFiles(figuresFiles, (d, t, o) -> { }, () -> false));
            figuresSeconds = (System.nanoTime() - figuresStart) / 1e9;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMsPerProfile = (processCpuNanos() - cpuStarted) / 1e6 / profiles;
        if (refused > 0) {
            throw new IllegalStateException(refused + " generated files were refused");
        }
        return Map.of("profiles", profiles, "figuresFiles", figuresFiles.size(), "figuresSeconds", figuresSeconds,
                "seconds", seconds, "overallPerSecond", profiles / seconds,
                "medianPerSecond", Stats.percentile(rates, 50), "p95SlowestPerSecond", Stats.percentile(rates, 5),
                "libraryBytes", librarySize(library), "chunk", chunk, "cpuMsPerProfile", cpuMsPerProfile);
    }

    private static int refusals(List<FileOutcome> outcomes) {
        return (int) outcomes.stream().filter(FileOutcome::hasErrors).count();
    }

    /** Processor time of this process so far (every thread: the importer, SQLite, JIT and GC). */
    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The library file and its write-ahead log, as they take room on disk. */
    static long librarySize(Path library) throws IOException {
        long size = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path part = library.resolveSibling(library.getFileName() + suffix);
            if (Files.exists(part)) {
                size += Files.size(part);
            }
        }
        return size;
    }
}
