package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.AppContext;
import org.fieldbook.model.Mention;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineType;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.TextRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the bundled Russian Federation profile names each catalogue entry, found when a new
 * library is filled (catalogue first, then the profile). Read off the seed by hand: the
 * Production section's two paragraphs, footnotes 15, 16, 19, 20 and 21.
 */
class SeedMentionsTest {
    static final String PRODUCTION_1 = "Production: Russia has produced";
    static final String PRODUCTION_2 = "Production: Russia debuted new";

    /** Every entry's mentions in the seed, in reading order (footnotes after the text). */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("PMN", List.of(PRODUCTION_1));
        EXPECTED.put("PMN-2", List.of(PRODUCTION_1, "footnote 19", "footnote 21"));
        EXPECTED.put("PMN-4", List.of(PRODUCTION_1, "footnote 19", "footnote 20"));
        EXPECTED.put("PFM-1S", List.of(PRODUCTION_1));
        EXPECTED.put("POMZ-2", List.of(PRODUCTION_1));
        EXPECTED.put("OZM-72", List.of(PRODUCTION_1, "footnote 21"));
        EXPECTED.put("MON-50", List.of(PRODUCTION_1, "footnote 21"));
        EXPECTED.put("MON-90", List.of(PRODUCTION_1, "footnote 21"));
        EXPECTED.put("MON-100", List.of(PRODUCTION_1));
        EXPECTED.put("MON-200", List.of(PRODUCTION_1));
        EXPECTED.put("POM-2", List.of("footnote 21"));
        EXPECTED.put("POM-2R", List.of("footnote 21"));
        EXPECTED.put("POM-3", List.of(PRODUCTION_2, "footnote 15"));
        EXPECTED.put("TM-62M", List.of("footnote 20", "footnote 21"));
        EXPECTED.put("TM-62", List.of("footnote 19"));
        EXPECTED.put("TM-83", List.of("footnote 21"));
        EXPECTED.put("TMN-46", List.of("footnote 19"));
        EXPECTED.put("PTKM-1R", List.of("footnote 16"));
        EXPECTED.put("Zemledeliye", List.of("footnote 16"));
        EXPECTED.put("UMZ-K Klesh-G", List.of("footnote 16"));
    }

    @TempDir
    static Path dir;
    static AppContext context;

    @BeforeAll
    static void open() {
        context = AppContext.open(dir.resolve("library.sqlite"));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    static String place(Mention mention) {
        if (mention.kind() == PassageKind.FOOTNOTE) {
            return "footnote " + mention.footnoteNumber();
        }
        String[] words = mention.text().split(" ");
        return mention.sectionTitle() + ": " + String.join(" ", List.of(words).subList(0, 3));
    }

    static List<String> places(String name) {
        return context.catalogueService().mentions(name, 100).stream().map(SeedMentionsTest::place).toList();
    }

    @Test
    void pmn2IsMentionedInTheProductionParagraphAndFootnotes19And21() {
        assertThat(places("PMN-2")).containsExactly(PRODUCTION_1, "footnote 19", "footnote 21");
    }

    @Test
    void pmnIsMentionedOnceOnlyThoughPmn2AndPmn4AreNamedBesideIt() {
        assertThat(places("PMN")).containsExactly(PRODUCTION_1);
    }

    @Test
    void everyEntryOfTheCatalogueHasExactlyTheMentionsReadOffTheSeed() {
        List<String> entries = context.catalogueService().catalogue().entries().stream().map(MineType::name).toList();
        assertThat(entries).containsExactlyElementsOf(EXPECTED.keySet());
        EXPECTED.forEach((name, expected) -> assertThat(places(name)).as(name).containsExactlyElementsOf(expected));
    }

    @Test
    void countsGivePassagesAndReports() {
        Map<String, MentionCount> counts = context.catalogueService().mentionCounts();
        assertThat(counts.get("PMN-2")).isEqualTo(new MentionCount(3, 1));
        assertThat(counts.get("POM-3")).isEqualTo(new MentionCount(2, 1));
        assertThat(counts).hasSize(EXPECTED.size());
    }

    @Test
    void rangesMarkEveryPlaceTheEntryIsNamedInThePassage() {
        Mention footnote21 = context.catalogueService().mentions("MON-50", 100).get(1);
        assertThat(footnote21.ranges()).hasSize(2).allSatisfy(range ->
                assertThat(footnote21.text().substring(range.start(), range.end())).isEqualTo("MON-50"));
        Mention production = context.catalogueService().mentions("POM-3", 100).get(0);
        assertThat(production.ranges()).extracting(r -> production.text().substring(r.start(), r.end()))
                .containsExactly("POM-3", "Medalyon", "POM-3");
        assertThat(production.sectionOrdinal()).isEqualTo(2);
    }

    @Test
    void aMentionKnowsWhereItIs() {
        Mention first = context.catalogueService().mentions("PMN", 100).get(0);
        assertThat(first.reportId().toString()).isEqualTo("russian-federation/mine-ban-policy/2021");
        assertThat(first.kind()).isEqualTo(PassageKind.PARAGRAPH);
        assertThat(first.sectionTitle()).isEqualTo("Production");
        TextRange range = first.ranges().get(0);
        assertThat(first.text().substring(range.start(), range.end())).isEqualTo("PMN");
        assertThat(first.text().charAt(range.end())).isEqualTo(',');
    }
}
