package org.fieldbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.fieldbook.App;
import org.fieldbook.AppContext;
import org.fieldbook.Version;
import org.fieldbook.library.DataDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fieldbook [--library PATH] [COMMAND]}: the command line of DESIGN.md. */
@Command(name = "fieldbook", mixinStandardHelpOptions = true, versionProvider = FieldbookCommand.VersionProvider.class,
        description = "Offline reference browser for the Landmine and Cluster Munition Monitor's country profiles.",
        subcommands = {CheckCommand.class, ImportCommand.class, ListCommand.class, DumpCommand.class,
                SearchCommand.class, MinesCommand.class},
        footer = {"", "With no command, Fieldbook opens its window.", "",
                "Exit status: 0 done (warnings only); 1 errors in the input, or nothing found",
                "to act on (a report id the library lacks, a mine name no entry matches);",
                "2 wrong usage; 3 the library cannot be opened or written."})
public final class FieldbookCommand implements Runnable, AutoCloseable {
    static final int EXIT_INPUT_ERRORS = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_LIBRARY = 3;

    @Spec
    private CommandSpec spec;

    @Option(names = "--library", paramLabel = "PATH",
            description = "Library file to use (default: library.sqlite in the user data directory).")
    private Path library;

    private AppContext context;
    private final Consumer<Path> windowOpener;

    /** A command line that opens the real window when no command is given. */
    public FieldbookCommand() {
        this(App::launchWindow);
    }

    /** @param windowOpener opens the window on a library file (tests pass a stand-in) */
    public FieldbookCommand(Consumer<Path> windowOpener) {
        this.windowOpener = windowOpener;
    }

    /** Runs the command line and returns the process exit status. */
    public static int run(String[] args) {
        try (FieldbookCommand command = new FieldbookCommand()) {
            return commandLine(command).execute(args);
        }
    }

    /** The configured picocli command line around {@code command} (tests set its writers). */
    public static CommandLine commandLine(FieldbookCommand command) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.registerConverter(Path.class, new PathConverter());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        return commandLine;
    }

    /** No command: open the window, or explain why there cannot be one. */
    @Override
    public void run() {
        if (!Display.available()) {
            err().println("fieldbook: no display to open the window on (DISPLAY is not set).");
            err().println("Use a command instead; 'fieldbook --help' lists them.");
            throw new CommandLine.ExecutionException(spec.commandLine(), "no display");
        }
        windowOpener.accept(libraryFile());
    }

    /** The library named by --library or the default one, opened on first use. */
    AppContext context() {
        if (context == null) {
            context = AppContext.open(libraryFile());
        }
        return context;
    }

    /** Whether --library named a library (check then uses that library's catalogue). */
    boolean libraryGiven() {
        return library != null;
    }

    /** The library file named by --library, or the default one (absolute). */
    Path libraryFile() {
        Path file = library != null ? library : DataDirectory.libraryFile(DataDirectory.forCurrentUser());
        return file.toAbsolutePath();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Version.current().toString()};
        }
    }
}
