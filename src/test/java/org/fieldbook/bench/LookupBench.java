package org.fieldbook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.fieldbook.catalogue.CatalogueService;
import org.fieldbook.catalogue.LookupHit;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.MineType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Mine-name lookup as the catalogue's search field runs it: one lookup per keystroke,
 * through the real {@code CatalogueService}, over a generated catalogue of
 * {@link #entries} entries. Users type names as written, in lower case without the hyphen,
 * in Cyrillic, with a typo, by nickname, and names that match nothing; each call looks up
 * the next keystroke of those typed names. Run by {@link Jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LookupBench {
    static final int NAMES_TYPED = 400;

    @Param("2000")
    public int entries;

    private CatalogueService catalogue;
    private List<String> keystrokes;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        Catalogue generated = CatalogueGenerator.withEntries(entries, CorpusGenerator.DEFAULT_SEED);
        catalogue = CatalogueService.inMemory(generated);
        keystrokes = keystrokes(typedNames(generated, CorpusGenerator.DEFAULT_SEED, NAMES_TYPED));
    }

    @Benchmark
    public List<LookupHit> oneKeystroke() {
        return catalogue.lookup(keystrokes.get(next++ % keystrokes.size()));
    }

    /** What users type, {@code count} names: each entry's name in one of the ways it gets written. */
    static List<String> typedNames(Catalogue catalogue, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MineType> entries = catalogue.entries();
        List<String> typed = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MineType entry = entries.get(random.nextInt(entries.size()));
            typed.add(switch (i % 6) {
                case 0 -> entry.name();
                case 1 -> entry.name().replace("-", "").toLowerCase(Locale.ROOT);
                case 2 -> CatalogueGenerator.cyrillic(entry.name());
                case 3 -> typo(entry.name(), random);
                case 4 -> entry.nicknames().isEmpty() ? entry.name().replace('-', ' ') : entry.nicknames().get(0);
                default -> "QX-" + random.nextInt(10_000);
            });
        }
        return typed;
    }

    /** The name with one character replaced, as a hurried typist writes it. */
    private static String typo(String name, SplittableRandom random) {
        int at = random.nextInt(name.length());
        return name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
    }

    /** Every prefix of every typed name, in typing order. */
    static List<String> keystrokes(List<String> typedNames) {
        List<String> keystrokes = new ArrayList<>();
        for (String name : typedNames) {
            for (int length = 1; length <= name.length(); length++) {
                keystrokes.add(name.substring(0, length));
            }
        }
        return keystrokes;
    }
}
