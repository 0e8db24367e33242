package org.fieldbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Generates a corpus of Monitor profiles for the benchmarks: {@code N} profile texts in the
 * real format with its quirks (see {@link ProfileComposer}), sizes from 1 KB to 40 KB with a
 * mean near 8 KB, 0 to 120 footnotes, prose with Zipfian word frequencies
 * ({@link Vocabulary}), and a different report id for each profile. The same seed and
 * count give the same files, byte for byte; profile {@code i} does not depend on the others.
 *
 * <p>Usage: {@code CorpusGenerator --profiles N [--seed S] --out DIR}.
 */
public final class CorpusGenerator {
    /** The seed of the published benchmark figures. */
    public static final long DEFAULT_SEED = 20_260_127L;
    static final int MIN_CHARS = 1_000;
    static final int MAX_CHARS = 34_000;
    private static final double MEDIAN_CHARS = 5_400;
    private static final double SIGMA = 0.72;

    /** A generated file: its name and content, and the id of the report it holds (null for other kinds). */
    public record GeneratedFile(String name, String text, String reportId) {
    }

    /**
     * Files that go with a generated profile, such as its figures. Each companion may add one
     * file for a profile, drawing on its own random source so that the profiles stay the same
     * whichever companions are added.
     */
    @FunctionalInterface
    public interface Companion {
        Optional<GeneratedFile> forProfile(GeneratedFile profile, SplittableRandom random);
    }

    private final long seed;
    private final List<Companion> companions;
    private final Vocabulary vocabulary = new Vocabulary();

    /** A generator of profiles only. */
    public CorpusGenerator(long seed) {
        this(seed, List.of());
    }

    /** A generator of profiles and, for some of them, their figures files ({@link FiguresCompanion}). */
    public static CorpusGenerator withFigures(long seed) {
        return new CorpusGenerator(seed, List.of(new FiguresCompanion()));
    }

    public CorpusGenerator(long seed, List<Companion> companions) {
        this.seed = seed;
        this.companions = List.copyOf(companions);
    }

    /** Profile number {@code index} (0-based). */
    public GeneratedFile profile(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        CorpusIds.Subject subject = CorpusIds.subject(seed, index);
        String text = new ProfileComposer(random, subject, targetChars(random)).compose(vocabulary);
        return new GeneratedFile(subject.fileName(), text, subject.id().toString());
    }

    /** The profile number {@code index} and whatever the companions add for it. */
    public List<GeneratedFile> files(int index) {
        GeneratedFile profile = profile(index);
        List<GeneratedFile> files = new ArrayList<>(1 + companions.size());
        files.add(profile);
        for (int c = 0; c < companions.size(); c++) {
            SplittableRandom random = new SplittableRandom((seed + 31L * (c + 1)) * 1_000_003L + index);
            companions.get(c).forProfile(profile, random).ifPresent(files::add);
        }
        return files;
    }

    /**
     * Writes profiles {@code 0..count-1} (and their companions' files) into {@code dir}.
     *
     * @return the profile files, in index order
     */
    public List<Path> write(Path dir, int count) throws IOException {
        return write(dir, 0, count);
    }

    /** Writes profiles {@code from..from+count-1} (and their companions' files) into {@code dir}. */
    public List<Path> write(Path dir, int from, int count) throws IOException {
        Files.createDirectories(dir);
        Path[] profiles = new Path[count];
        try {
            IntStream.range(from, from + count).parallel().forEach(index -> {
                List<GeneratedFile> files = files(index);
                for (GeneratedFile file : files) {
                    Path target = dir.resolve(file.name());
                    writeFile(target, file.text());
                    if (file == files.get(0)) {
                        profiles[index - from] = target;
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return List.of(profiles);
    }

    private static void writeFile(Path target, String text) {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Log-normal sizes, clipped to 1 KB .. 40 KB: most profiles short, a few long. */
    private static int targetChars(SplittableRandom random) {
        double gaussian = gaussian(random);
        double chars = MEDIAN_CHARS * Math.exp(SIGMA * gaussian);
        return (int) Math.max(MIN_CHARS, Math.min(MAX_CHARS, chars));
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    public static void main(String[] args) throws IOException {
        BenchArgs parsed = BenchArgs.parse(args);
        Path out = parsed.path("--out", Path.of("target/bench/corpus"));
        int count = parsed.integer("--profiles", 25_000);
        long started = System.nanoTime();
        withFigures(parsed.number("--seed", DEFAULT_SEED)).write(out, count);
        System.out.printf("generated %,d profiles in %s (%.1f s)%n", count, out, (System.nanoTime() - started) / 1e9);
    }
}
