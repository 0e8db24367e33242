package org.fieldbook;

import java.util.logging.Logger;
import org.fieldbook.cli.FieldbookCommand;
import org.fieldbook.library.DataDirectory;

/**
 * The main class of {@code java -jar fieldbook.jar} and of the installed launcher. It does
 * not extend a JavaFX class, so the jar starts with JavaFX on the plain class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogFile.install(DataDirectory.forCurrentUser());
        // what ran, never its arguments: they can hold search text
        Logger.getLogger(Launcher.class.getName()).info(() -> Version.current() + " on Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ": " + (args.length == 0 ? "window" : commandName(args)));
        System.exit(FieldbookCommand.run(args));
    }

    private static String commandName(String[] args) {
        for (String arg : args) {
            if (arg.matches("check|import|list|dump|search|mines|export-chart|--help|--version|-h|-V")) {
                return arg;
            }
        }
        return "command";
    }
}
