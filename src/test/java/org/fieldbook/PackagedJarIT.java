package org.fieldbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/fieldbook.jar} run as a user runs it ({@code java -jar}), in a
 * separate process with its own home and data directory. Runs in {@code verify}, after
 * {@code package}.
 */
class PackagedJarIT {
    static final Path JAR = Path.of("target/fieldbook.jar");

    @TempDir
    Path home;

    record Result(int status, String out, String err) {
    }

    Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.redirectOutput(home.resolve("out.txt").toFile()).redirectError(home.resolve("err.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void versionComesFromThePom() throws Exception {
        Result result = java("--version");
        assertThat(result.status()).isZero();
        assertThat(result.out().strip()).startsWith("Fieldbook " + System.getProperty("fieldbook.version", ""))
                .doesNotContain("${").doesNotContain("development");
    }

    @Test
    void theDefaultLibraryIsCreatedInTheXdgDataDirectoryAndFilledOnFirstStart() throws Exception {
        Result result = java("list");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("russian-federation/mine-ban-policy/2021", "Russian Federation", "2021-11-17");
        assertThat(home.resolve("data/fieldbook/library.sqlite")).isNotEmptyFile();

        Result again = java("search", "stockpil*");
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("Stockpiling and destruction");

        Result mines = java("mines", "ПМН-2");
        assertThat(mines.status()).as(mines.err()).isZero();
        assertThat(mines.out()).startsWith("PMN-2  (antipersonnel; blast)").contains("Mentioned in 3 passages of 1 report");
    }
}
