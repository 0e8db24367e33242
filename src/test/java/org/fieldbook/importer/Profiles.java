package org.fieldbook.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;

/** Fixtures and helpers shared by the importer tests. */
final class Profiles {
    static final Path FIXTURES = Path.of("src/test/resources/profiles");
    static final Path SEED = Path.of("resources/library/profiles/russian-federation-mine-ban-policy-2021.txt");

    static final String BOSNIA = "bosnia-and-herzegovina-mine-action-2021.txt";
    static final String TUVALU = "tuvalu-landmine-monitor-report-2003.txt";
    static final String MYANMAR = "Myanmar_Burma-casualties-and-victim-assistance-2013.txt";
    static final String LAO = "lao-pdr-cluster-munition-ban-policy-2019.txt";
    static final String KENYA = "kenya-mine-ban-policy-summary-2020.txt";
    /** Fixtures that parse without errors. */
    static final List<String> VALID = List.of(BOSNIA, TUVALU, MYANMAR, LAO, KENYA);

    /** A title block to put a body under in inline tests (file names carry no year). */
    static final String TITLE = "Kenya\n\nMine Ban Policy\n\nLast updated: 1 May 2020\n\n";

    private Profiles() {
    }

    static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult parseFixture(String name) {
        return new ProfileParser().parse(fixture(name));
    }

    /** The report of a fixture that must parse without errors. */
    static Report report(String name) {
        return valid(parseFixture(name));
    }

    static Report seed() {
        return valid(new ProfileParser().parse(SEED));
    }

    static ParseResult parseText(String fileName, String text) {
        return new ProfileParser().parse(fileName, text.getBytes(UTF_8));
    }

    /** The report of an inline profile that must parse without errors. */
    static Report reportOf(String text) {
        return valid(parseText("inline.txt", text));
    }

    static Report valid(ParseResult result) {
        assertThat(result.hasErrors()).as("problems: %s", result.problems()).isFalse();
        return result.report();
    }

    /** Problems as printed: FILE:LINE: severity: message. */
    static List<String> printed(ParseResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    /** The comparison of the nothing-lost rule: non-blank lines, trailing whitespace removed, BOM dropped. */
    static List<String> nonBlankLines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return Arrays.stream(body.split("\r\n|\r|\n", -1))
                .map(String::stripTrailing)
                .filter(line -> !line.strip().isEmpty())
                .toList();
    }

    static List<String> titles(Report report) {
        return report.sections().stream().map(s -> s.title().orElse(null)).toList();
    }

    static List<Integer> paragraphCounts(Report report) {
        return report.sections().stream().map(s -> s.paragraphs().size()).toList();
    }

    /** The first block, in any section, whose text starts with the given words. */
    static Block blockStarting(Report report, String start) {
        return report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no block starts with " + start));
    }

    static Section section(Report report, String title) {
        return report.sections().stream().filter(s -> s.title().filter(title::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + title + " in " + titles(report)));
    }
}
