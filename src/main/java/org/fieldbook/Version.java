package org.fieldbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Fieldbook's version and build date, written into the build from the pom. */
public record Version(String version, String buildDate) {

    /** The version of this build. */
    public static Version current() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Version(properties.getProperty("version", "development"),
                properties.getProperty("buildDate", "unknown"));
    }

    @Override
    public String toString() {
        return "Fieldbook " + version + " (built " + buildDate + ")";
    }
}
