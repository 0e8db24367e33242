package org.fieldbook.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs one of the JMH benchmarks of this package in sample-time mode (every call timed)
 * and gives the median, 95th percentile and maximum in the benchmark's own time unit. A
 * full run forks one JVM, with the installed launcher's options, and warms up; a quick run
 * (the smoke test) stays in this JVM with short iterations.
 */
final class Jmh {
    /** The key of the single result of a benchmark that has no grouping parameter. */
    static final String ALL = "all";

    private Jmh() {
    }

    /**
     * Runs {@code benchmark} with these parameters; the results are keyed by the value of
     * {@code groupBy} (lower-case), or {@link #ALL} when it is null. {@code unit} names the
     * benchmark's output unit in the keys: {@code p50Ms}, {@code p95Ms}, {@code maxMs}.
     */
    static Map<String, Object> run(Class<?> benchmark, Map<String, String> params, String groupBy, String unit,
                                   boolean quick) throws RunnerException {
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(benchmark.getName() + "\\.")
                .forks(quick ? 0 : 1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.milliseconds(quick ? 200 : 2_000))
                .measurementIterations(quick ? 1 : 5)
                .measurementTime(TimeValue.milliseconds(quick ? 400 : 4_000))
                .shouldFailOnError(true)
                .jvmArgsAppend(LauncherOptions.before(List.of("-Xmx1g")).toArray(String[]::new));
        params.forEach(builder::param);
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Object> byGroup = new LinkedHashMap<>();
        for (RunResult result : results) {
            var statistics = result.getPrimaryResult().getStatistics();
            String key = groupBy == null ? ALL : result.getParams().getParam(groupBy).toLowerCase(Locale.ROOT);
            byGroup.put(key, Map.of("p50" + unit, statistics.getPercentile(50), "p95" + unit,
                    statistics.getPercentile(95), "max" + unit, statistics.getMax(), "calls", statistics.getN()));
        }
        return byGroup;
    }
}
