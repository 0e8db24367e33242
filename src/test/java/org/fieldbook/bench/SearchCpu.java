package org.fieldbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldbook.AppContext;

/**
 * The processor time each search takes (this thread's CPU time, SQLite included, as it runs
 * in the calling thread), per kind of query. Unlike the elapsed time JMH samples, it does not
 * grow when other programs keep the machine busy, so runs on a shared machine can be compared.
 */
final class SearchCpu {
    private SearchCpu() {
    }

    static Map<String, Object> measure(Path library, int queries) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Object> byKind = new LinkedHashMap<>();
        try (AppContext context = AppContext.open(library)) {
            for (SearchQueries kind : SearchQueries.values()) {
                List<String> drawn = kind.draw(CorpusGenerator.DEFAULT_SEED, queries);
                drawn.forEach(q -> context.searchService().search(q, SearchBench.TOP, null));   // warm-up
                List<Double> cpu = new ArrayList<>(queries);
                for (String query : drawn) {
                    long before = threads.getCurrentThreadCpuTime();
                    context.searchService().search(query, SearchBench.TOP, null);
                    cpu.add((threads.getCurrentThreadCpuTime() - before) / 1e6);
                }
                byKind.put(kind.name().toLowerCase(Locale.ROOT),
                        Map.of("cpuP50Ms", Stats.median(cpu), "cpuP95Ms", Stats.percentile(cpu, 95)));
            }
        }
        return byKind;
    }
}
