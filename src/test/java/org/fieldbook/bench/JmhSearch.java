package org.fieldbook.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link SearchBench} with JMH (sample time: every call timed) and gives, per kind of
 * query, the median and 95th percentile in milliseconds. A full run forks one JVM with
 * warm-up; a quick run (the smoke test) stays in this JVM with short iterations.
 */
final class JmhSearch {
    private JmhSearch() {
    }

    static Map<String, Object> run(Path library, boolean quick) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(SearchBench.class.getName())
                .param("library", library.toAbsolutePath().toString())
                .forks(quick ? 0 : 1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.milliseconds(quick ? 200 : 2_000))
                .measurementIterations(quick ? 1 : 5)
                .measurementTime(TimeValue.milliseconds(quick ? 400 : 4_000))
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (RunResult result : results) {
            var statistics = result.getPrimaryResult().getStatistics();
            byKind.put(result.getParams().getParam("kind").toLowerCase(java.util.Locale.ROOT), Map.of(
                    "p50Ms", statistics.getPercentile(50), "p95Ms", statistics.getPercentile(95),
                    "maxMs", statistics.getMax(), "calls", statistics.getN()));
        }
        return byKind;
    }
}
