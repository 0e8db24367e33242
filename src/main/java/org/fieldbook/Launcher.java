package org.fieldbook;

import org.fieldbook.cli.FieldbookCommand;

/**
 * The main class of {@code java -jar fieldbook.jar} and of the installed launcher. It does
 * not extend a JavaFX class, so the jar starts with JavaFX on the plain class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // java.awt only draws exported charts into images: it must never look for a display
        // (none on a server; a stale DISPLAY over ssh would fail), and the window is JavaFX
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(FieldbookCommand.run(args));
    }
}
