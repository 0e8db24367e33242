package org.fieldbook.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Fieldbook keeps its library, settings and log for this user: the XDG data
 * directory on Linux, %APPDATA% on Windows, ~/Library/Application Support on macOS.
 */
public final class DataDirectory {
    static final String APP_DIR = "fieldbook";

    private DataDirectory() {
    }

    /** The data directory for this user on this machine. */
    public static Path forCurrentUser() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The library file inside a data directory. */
    public static Path libraryFile(Path dataDirectory) {
        return dataDirectory.resolve("library.sqlite");
    }

    static Path resolve(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Fieldbook");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Fieldbook");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_DIR);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
