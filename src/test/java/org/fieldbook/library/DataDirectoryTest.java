package org.fieldbook.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private final Path home = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", home))
                .isEqualTo(Path.of("/data/ana/fieldbook"));
    }

    @Test
    void linuxFallsBackToLocalShareForMissingOrRelativeXdg() {
        assertThat(DataDirectory.resolve(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.local/share/fieldbook"));
        assertThat(DataDirectory.resolve(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.local/share/fieldbook"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Fieldbook"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Fieldbook"));
    }

    @Test
    void libraryFileSitsInTheDataDirectory() {
        assertThat(DataDirectory.libraryFile(Path.of("/d"))).isEqualTo(Path.of("/d/library.sqlite"));
    }
}
