package org.fieldbook.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void replacesTheFileWhole() throws IOException {
        Path file = folder.resolve("chart.csv");
        Files.writeString(file, "old content that is longer than the new one");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("new");
        assertThat(namesIn(folder)).containsExactly("chart.csv");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = folder.resolve("settings.json");
        Files.writeString(file, "{\"theme\":\"dark\"}");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("{\"theme\":".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(file).hasContent("{\"theme\":\"dark\"}");
        assertThat(namesIn(folder)).containsExactly("settings.json");
    }

    private static java.util.List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
