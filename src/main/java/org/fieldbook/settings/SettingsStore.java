package org.fieldbook.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldbook.files.AtomicFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@link Settings} in a small JSON file beside the library. Reading never fails (a
 * missing or damaged file gives the defaults); writing replaces the file atomically, so a
 * crash mid-write leaves the previous settings.
 */
public final class SettingsStore {
    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());

    /** Made on first use: building a mapper loads much of Jackson, which a first start without settings never needs. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The stored settings, or the defaults when there are none or they cannot be read. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            Settings settings = Json.MAPPER.readValue(file.toFile(), Settings.class);
            return settings == null ? Settings.defaults() : settings;
        } catch (JacksonException e) {
            LOG.log(Level.WARNING, "settings file " + file + " is unreadable; using defaults: " + e.getOriginalMessage());
            return Settings.defaults();
        }
    }

    /**
     * Writes the settings: to a temporary file in the same directory, then moved over the
     * old one in one step.
     *
     * @throws IOException when the directory cannot be written
     */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] json = Json.MAPPER.writeValueAsBytes(settings);
        AtomicFiles.write(file, out -> out.write(json));
    }

    public Path file() {
        return file;
    }
}
