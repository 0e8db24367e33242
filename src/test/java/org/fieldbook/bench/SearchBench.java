package org.fieldbook.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.fieldbook.AppContext;
import org.fieldbook.model.SearchHit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Full-text search as the window and the command line run it: the top 20 hits with
 * snippets, through the real {@code SearchService}, over a library given by path. Each
 * call takes the next query of its kind, so the distribution covers common and rare words.
 * Run by {@link Jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchBench {
    static final int TOP = 20;
    static final int QUERIES = 400;

    @Param({"WORD", "PREFIX", "PHRASE", "DESIGNATION", "NOHIT"})
    public String kind;

    @Param("")
    public String library;

    private AppContext context;
    private List<String> queries;
    private int next;

    @Setup(Level.Trial)
    public void open() {
        context = AppContext.open(Path.of(library));
        queries = SearchQueries.valueOf(kind.toUpperCase(Locale.ROOT)).draw(CorpusGenerator.DEFAULT_SEED, QUERIES);
    }

    @Benchmark
    public List<SearchHit> topTwentyWithSnippets() {
        String query = queries.get(next++ % queries.size());
        return context.searchService().search(query, TOP, null);
    }

    @TearDown(Level.Trial)
    public void close() {
        context.close();
    }
}
