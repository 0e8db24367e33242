package org.fieldbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark command at a small size ({@code bench/run.sh --quick}: 200 profiles, short
 * iterations, headless window), so that it keeps working. It checks that every measurement
 * ran and reported, not how fast anything was: speed is for the full benchmark.
 */
class BenchmarkSmokeIT {
    static final Path OUT = Path.of("target/bench-smoke");

    @Test
    @SuppressWarnings("unchecked")
    void theBenchmarkCommandMeasuresEverythingOnASmallCorpus() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "bench/run.sh", "--quick", "--profiles", "200",
                "--out", OUT.toString());
        builder.environment().put("FIELDBOOK_BENCH_CP", ChildJava.classPath());
        builder.redirectErrorStream(true).redirectOutput(Files.createDirectories(OUT).resolve("run.log").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
        String log = Files.readString(OUT.resolve("run.log"));
        assertThat(process.exitValue()).as(log).isZero();

        Map<String, Object> results = BenchJson.read(OUT.resolve("results.json"));
        assertThat(results).containsEntry("profiles", 200);
        Map<String, Object> imported = (Map<String, Object>) results.get("import");
        assertThat(imported).containsEntry("profiles", 200);
        assertThat((Number) imported.get("libraryBytes")).matches(n -> n.longValue() > 100_000);
        Map<String, Object> search = (Map<String, Object>) results.get("search");
        assertThat(search).containsOnlyKeys("word", "prefix", "phrase", "designation", "nohit");
        search.values().forEach(kind -> assertThat(((Map<String, Number>) kind).get("p95Ms").doubleValue()).isPositive());
        Map<String, Object> window = (Map<String, Object>) results.get("window");
        assertThat(((Number) window.get("firstFrameRatio")).doubleValue()).isPositive();
        assertThat(((Number) window.get("rssRatio")).doubleValue()).isPositive();
        Map<String, Object> stall = (Map<String, Object>) results.get("stall");
        assertThat(stall).containsKeys("openMaxGapMs", "searchAsYouTypeMaxGapMs", "browseTreeMaxGapMs", "importMaxGapMs")
                .containsEntry("reports", 221);
        assertThat((Number) stall.get("importedFiles")).matches(n -> n.intValue() > 20, "profiles and figures files");
        assertThat((Number) imported.get("figuresFiles")).matches(n -> n.intValue() > 0, "figures files imported");
        assertThat(((Map<String, Number>) results.get("lookup")).get("p95Us").doubleValue()).isPositive();
        assertThat(((Map<String, Number>) results.get("chart")).get("p95Ms").doubleValue()).isPositive();
        assertThat(log).contains("| search top 20 + snippets, phrase, ms |", "| longest FX-thread stall, ms: import |",
                "| mine-name lookup per keystroke, 2,000 entries", "| chart PNG export 1920x1080 @2x");
    }
}
