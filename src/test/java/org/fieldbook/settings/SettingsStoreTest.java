package org.fieldbook.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void aFirstStartGetsTheDefaults() {
        Settings settings = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(settings).isEqualTo(Settings.defaults());
        assertThat(settings.hasWindowPosition()).isFalse();
    }

    @Test
    void whatIsSavedComesBack() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        Settings saved = Settings.defaults().withWindow(40, 60, 1500, 900, false).withTheme(Settings.Theme.DARK)
                .withZoom(1.3).withLastPlace("russian-federation/mine-ban-policy/2021", 4).withDividers(0.3, 0.7);
        store.save(saved);
        assertThat(store.load()).isEqualTo(saved);
        assertThat(Files.list(dir.resolve("sub"))).as("no temporary file left behind")
                .containsExactly(dir.resolve("sub/settings.json"));
    }

    @Test
    void unknownWindowPositionSurvivesARoundTrip() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withZoom(2.0));
        Settings loaded = store.load();
        assertThat(loaded.hasWindowPosition()).isFalse();
        assertThat(loaded.zoom()).isEqualTo(2.0);
    }

    @Test
    void aDamagedFileGivesTheDefaultsInsteadOfFailing() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ this is not json");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void outOfRangeValuesAreBroughtBackIntoRange() {
        Settings odd = new Settings(0, 0, 10, 10, false, null, 99, null, 0, 2, -1);
        assertThat(odd.zoom()).isEqualTo(Settings.MAX_ZOOM);
        assertThat(odd.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(odd.windowWidth()).isEqualTo(1280);
        assertThat(odd.treeDivider()).isEqualTo(0.22);
    }
}
