package org.fieldbook.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.fieldbook.importer.ParseResult;
import org.fieldbook.importer.Problem;
import org.fieldbook.importer.ProfileParser;
import org.fieldbook.importer.ProfileWriter;
import org.fieldbook.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated corpus is valid Monitor text, with the format's variety, and the same for the same seed. */
class CorpusGeneratorTest {
    static final int SAMPLE = 400;
    static final List<CorpusGenerator.GeneratedFile> profiles = new ArrayList<>();
    static final List<ParseResult> parsed = new ArrayList<>();

    @BeforeAll
    static void generate() {
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        ProfileParser parser = new ProfileParser();
        for (int i = 0; i < SAMPLE; i++) {
            CorpusGenerator.GeneratedFile profile = generator.profile(i);
            profiles.add(profile);
            parsed.add(parser.parse(profile.name(), profile.text().getBytes(UTF_8)));
        }
    }

    @Test
    void everyProfileParsesWithoutErrorsAsTheReportItWasMadeFor() {
        for (int i = 0; i < SAMPLE; i++) {
            ParseResult result = parsed.get(i);
            assertThat(result.hasErrors()).as("%s: %s", profiles.get(i).name(), result.problems()).isFalse();
            assertThat(result.report().id()).hasToString(profiles.get(i).reportId());
        }
    }

    @Test
    void everyProfileIsWrittenBackLineForLine() {
        for (int i = 0; i < SAMPLE; i++) {
            Report report = parsed.get(i).report();
            String written = ProfileWriter.write(report);
            assertThat(nonBlankLines(written)).as(profiles.get(i).name())
                    .containsExactlyElementsOf(nonBlankLines(profiles.get(i).text()));
            Report again = new ProfileParser().parse(profiles.get(i).name(), written.getBytes(UTF_8)).report();
            assertThat(shape(again)).as(profiles.get(i).name()).containsExactlyElementsOf(shape(report));
        }
    }

    @Test
    void sizesAndFootnotesSpreadLikeTheMonitorsProfiles() {
        int[] sizes = profiles.stream().mapToInt(p -> p.text().getBytes(UTF_8).length).toArray();
        double mean = Arrays.stream(sizes).average().orElseThrow();
        assertThat(mean).isBetween(6_500.0, 9_500.0);
        assertThat(Arrays.stream(sizes).min().orElseThrow()).isBetween(900, 2_000);
        assertThat(Arrays.stream(sizes).max().orElseThrow()).isBetween(20_000, 42_000);
        List<Integer> footnotes = parsed.stream().map(r -> r.report().footnotes().size()).toList();
        assertThat(footnotes).contains(0);
        assertThat(footnotes.stream().mapToInt(Integer::intValue).max().orElseThrow()).isBetween(60, 121);
    }

    @Test
    void theFormatsQuirksAllOccur() {
        List<String> warnings = parsed.stream().flatMap(r -> r.problems().stream()).map(Problem::message).toList();
        assertThat(warnings).anyMatch(m -> m.contains("is cited but has no text"))
                .anyMatch(m -> m.contains("is never cited"))
                .anyMatch(m -> m.contains("unknown profile type"))
                .anyMatch(m -> m.contains("taken from the file name"));
        List<String> texts = profiles.stream().map(CorpusGenerator.GeneratedFile::text).toList();
        assertThat(texts).anyMatch(t -> !t.contains("\n\n"))                        // mirrored copies
                .anyMatch(t -> t.contains(", Landmine Monitor Report "))            // one-line titles
                .anyMatch(t -> t.contains("_"))                                     // slug country names
                .anyMatch(t -> t.contains("Jump to a specific section of the profile:"))
                .anyMatch(t -> t.contains("\t"))                                    // overview tables
                .anyMatch(t -> t.startsWith("<"))                                   // navigation chrome
                .anyMatch(t -> t.contains(" ]"))                                    // [1 ] markers
                .anyMatch(t -> t.contains("PMN-2"))
                .anyMatch(t -> t.contains("MON-150") || t.contains("PMA-3"));
        assertThat(parsed).anyMatch(r -> r.report().sections().get(0).heading() == null)
                .anyMatch(r -> r.report().sections().stream()
                        .anyMatch(s -> s.heading() != null && !s.heading().markers().isEmpty()));
    }

    @Test
    void commonWordsAreCommonAndRareOnesRare() {
        String all = String.join(" ", profiles.stream().map(CorpusGenerator.GeneratedFile::text).toList());
        long the = occurrences(all, " the ");
        long lateWord = occurrences(all, " " + Vocabulary.WORDS.get(Vocabulary.WORDS.size() - 1) + " ");
        assertThat(the).isGreaterThan(50 * Math.max(1, lateWord));
    }

    @Test
    void theSameSeedGivesTheSameProfilesAndAnotherSeedOthers() {
        CorpusGenerator again = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        CorpusGenerator other = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED + 1);
        for (int i : new int[] {0, 7, 399}) {
            assertThat(again.profile(i)).isEqualTo(profiles.get(i));
            assertThat(other.profile(i).text()).isNotEqualTo(profiles.get(i).text());
        }
    }

    @Test
    void twentyFiveThousandProfilesHaveTwentyFiveThousandIds() {
        Set<String> ids = new HashSet<>();
        Set<String> files = new HashSet<>();
        IntStream.range(0, 25_000).mapToObj(i -> CorpusIds.subject(CorpusGenerator.DEFAULT_SEED, i)).forEach(s -> {
            ids.add(s.id().toString());
            files.add(s.fileName());
        });
        assertThat(ids).hasSize(25_000);
        assertThat(files).hasSize(25_000);
    }

    /** Sections, blocks and footnotes without their line numbers, which a rewrite may change. */
    private static List<String> shape(Report report) {
        List<String> shape = new ArrayList<>();
        report.sections().forEach(s -> {
            shape.add("section " + s.title().orElse("(none)"));
            s.blocks().forEach(b -> shape.add(b.kind() + " " + b.text() + " " + b.markers()));
        });
        report.footnotes().forEach(f -> shape.add(f.label() + f.text()));
        return shape;
    }

    private static long occurrences(String text, String word) {
        long count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }

    /** Non-blank lines with trailing whitespace removed: the nothing-lost comparison of DESIGN.md. */
    private static List<String> nonBlankLines(String text) {
        return Arrays.stream(text.split("\r\n|\r|\n", -1)).map(String::stripTrailing)
                .filter(line -> !line.strip().isEmpty()).toList();
    }

    @Test
    void someProfilesComeWithFiguresFilesThatImportCleanly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path corpus = dir.resolve("corpus");
        CorpusGenerator.withFigures(CorpusGenerator.DEFAULT_SEED).write(corpus, 120);
        List<java.nio.file.Path> files = CorpusFiles.inImportOrder(corpus);
        assertThat(CorpusFiles.profiles(files)).isEqualTo(120);
        long figures = files.size() - 120;
        assertThat(figures).as("figures files").isBetween(5L, 60L);
        try (org.fieldbook.AppContext context = org.fieldbook.AppContext.open(dir.resolve("library.sqlite"))) {
            var outcomes = context.importService().importFiles(files, (d, t, o) -> { }, () -> false);
            assertThat(outcomes).allSatisfy(o -> assertThat(o.hasErrors()).as(o.file() + ": " + o.problems()).isFalse());
            assertThat(outcomes.stream().filter(o -> o.file().toString().endsWith(FiguresCompanion.SUFFIX))
                    .allMatch(o -> o.problems().stream().noneMatch(Problem::isError))).isTrue();
        }
    }
}
