package org.fieldbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options of the installed launcher ({@code installer/java-options}, one a line),
 * with which the benchmarks start Fieldbook, so that they measure the program users install.
 * The bare window runs without them: it is the floor, as any JavaFX program starts.
 */
final class LauncherOptions {
    static final Path FILE = Path.of("installer/java-options");

    private LauncherOptions() {
    }

    static List<String> read() {
        try {
            return Files.readAllLines(FILE).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the launcher's options " + FILE.toAbsolutePath(), e);
        }
    }

    /** The launcher's options, then {@code options} (which win where both set the same). */
    static List<String> before(List<String> options) {
        List<String> all = new java.util.ArrayList<>(read());
        all.addAll(options);
        return all;
    }
}
