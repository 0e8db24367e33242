package org.fieldbook.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Profiles made from the seed with their own report ids, and the nothing-lost comparison. */
public final class TrustFixtures {
    public static final Path SEED = Path.of("resources/library/profiles/russian-federation-mine-ban-policy-2021.txt");
    public static final String SEED_ID = "russian-federation/mine-ban-policy/2021";

    private TrustFixtures() {
    }

    /** The seed as a report of {@code year}: id russian-federation/mine-ban-policy/YEAR. */
    public static String seedOfYear(int year) throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8)
                .replace("Last updated: 17 November 2021", "Last updated: 17 November " + year);
    }

    public static String idOfYear(int year) {
        return "russian-federation/mine-ban-policy/" + year;
    }

    /** {@code count} seed copies for the years from {@code firstYear}, written into {@code dir}. */
    public static List<Path> seedCopies(Path dir, int firstYear, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int year = firstYear; year < firstYear + count; year++) {
            files.add(Files.writeString(dir.resolve("russia-" + year + ".txt"), seedOfYear(year)));
        }
        return files;
    }

    /** The nothing-lost rule of DESIGN.md: non-blank lines, trailing whitespace removed, in order. */
    public static List<String> nonBlankLines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return Arrays.stream(body.split("\r\n|\r|\n", -1)).map(String::stripTrailing)
                .filter(line -> !line.isBlank()).toList();
    }
}
