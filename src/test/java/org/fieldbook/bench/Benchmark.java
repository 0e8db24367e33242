package org.fieldbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The benchmark command ({@code bench/run.sh}): generates the corpus, imports it, searches
 * it, starts the window beside a bare JavaFX window, and drives the window for FX-thread
 * stalls, looks up mine names in a 2,000-entry catalogue and exports the stockpile chart;
 * prints a table of medians and 95th percentiles and writes them as JSON.
 *
 * <p>Usage: {@code Benchmark [--profiles N] [--quick] [--steps import,search,lookup,chart,window,stall]
 * [--runs R] [--display auto|xvfb|headless] [--out DIR]}.
 */
public final class Benchmark {
    static final String ALL_STEPS = "import,search,lookup,chart,window,stall";
    static final int LOOKUP_ENTRIES = 2_000;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs parsed = BenchArgs.parse(args);
        Map<String, Object> results = run(parsed);
        System.out.println();
        System.out.print(BenchTable.render(results));
        System.exit(0);
    }

    static Map<String, Object> run(BenchArgs args) throws Exception {
        boolean quick = args.flag("--quick");
        int profiles = args.integer("--profiles", quick ? 200 : 25_000);
        int extra = Math.max(20, Math.min(1_000, profiles / 25));
        Set<String> steps = Set.of(args.text("--steps", ALL_STEPS).split(","));
        Path out = args.path("--out", Path.of("target/bench"));
        Path corpus = out.resolve("corpus-" + profiles);
        Path extraCorpus = out.resolve("corpus-" + profiles + "-extra");
        Path library = out.resolve("library-" + profiles).resolve("library.sqlite");

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("date", LocalDate.now().toString());
        results.put("machine", Machine.describe());
        results.put("profiles", profiles);
        results.put("quick", quick);
        Corpora.ensure(corpus, 0, profiles);
        Corpora.ensure(extraCorpus, profiles, extra);
        results.put("corpusBytes", Corpora.bytes(corpus));

        if (steps.contains("import")) {
            step("import " + profiles + " profiles");
            results.put("import", ImportBench.run(corpus, library, Math.max(50, Math.min(1_000, profiles / 10))));
        }
        if (steps.contains("search")) {
            step("search");
            results.put("search", Jmh.run(SearchBench.class, Map.of("library", library.toAbsolutePath().toString()),
                    "kind", "Ms", quick));
            results.put("searchCpu", SearchCpu.measure(library, quick ? 20 : SearchBench.QUERIES));
        }
        if (steps.contains("lookup")) {
            step("mine-name lookup, " + LOOKUP_ENTRIES + " entries");
            results.put("lookup", Jmh.run(LookupBench.class, Map.of("entries", String.valueOf(LOOKUP_ENTRIES)), null,
                    "Us", quick).get(Jmh.ALL));
        }
        if (steps.contains("chart")) {
            step("chart PNG export");
            results.put("chart", Jmh.run(ChartExportBench.class, Map.of("library", library.toAbsolutePath().toString()),
                    null, "Ms", quick).get(Jmh.ALL));
        }
        Display display = Display.choose(args.text("--display", quick ? "headless" : "auto"));
        try (display) {
            if (steps.contains("window")) {
                step("first frame and memory (" + display.name() + ")");
                Map<String, Object> window = new WindowBench(library, display.jvmOptions(), display.env(),
                        out.resolve("home")).run(args.integer("--runs", quick ? 1 : 7));
                window.put("display", display.name());
                results.put("window", window);
            }
            if (steps.contains("stall")) {
                step("FX-thread stalls (" + display.name() + ")");
                results.put("stall", stalls(display, library, extraCorpus, quick));
            }
        }
        results.put("loadAverageAtSteps", List.copyOf(LOADS));
        BenchJson.write(out.resolve("results.json"), results);
        return results;
    }

    private static Map<String, Object> stalls(Display display, Path library, Path extraCorpus, boolean quick)
            throws Exception {
        ProcessBuilder builder = ChildJava.command(LauncherOptions.before(display.jvmOptions()),
                StallBench.class.getName(),
                List.of("--library", library.toString(), "--import", extraCorpus.toString(),
                        "--queries", quick ? "2" : "12"), display.env());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        String output = ChildJava.read(process.getInputStream());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the stall benchmark failed:\n" + output);
        }
        Path json = Files.createTempFile("stall", ".json");
        Files.writeString(json, output.substring(output.indexOf('{')));
        return BenchJson.read(json);
    }

    private static void step(String what) {
        System.out.printf("== %s (load average %.1f)%n", what, Machine.loadAverage());
        LOADS.add(Math.round(Machine.loadAverage() * 10) / 10.0);
    }

    /** The one-minute load average as each step started: a busy machine slows every elapsed time. */
    private static final List<Double> LOADS = new java.util.ArrayList<>();

    /** Generating and sizing the corpora. */
    static final class Corpora {
        /** Written when a corpus is complete; a corpus from before figures files were generated has none. */
        static final String STAMP = "corpus.done";

        private Corpora() {
        }

        /** Makes sure {@code dir} holds profiles {@code from .. from+count-1} of the default seed. */
        static void ensure(Path dir, int from, int count) throws Exception {
            if (Files.isDirectory(dir) && countTexts(dir) == count && Files.exists(dir.resolve(STAMP))) {
                return;
            }
            step("generate " + count + " profiles into " + dir);
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            CorpusGenerator.withFigures(CorpusGenerator.DEFAULT_SEED).write(dir, from, count);
            Files.writeString(dir.resolve(STAMP), "profiles and figures files, seed " + CorpusGenerator.DEFAULT_SEED + "\n");
        }

        static long countTexts(Path dir) throws Exception {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".txt")).count();
            }
        }

        static long bytes(Path dir) throws Exception {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".txt")).mapToLong(p -> p.toFile().length()).sum();
            }
        }
    }
}
