package org.fieldbook.cli;

import java.util.Locale;

/** Whether this process can open a window at all. */
final class Display {
    private Display() {
    }

    static boolean available() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return isSet(System.getenv("DISPLAY")) || isSet(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
