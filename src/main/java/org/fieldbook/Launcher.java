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
        System.exit(FieldbookCommand.run(args));
    }
}
