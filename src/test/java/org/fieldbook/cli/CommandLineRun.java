package org.fieldbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/** The command line run in this JVM as a user runs it: exit status, standard output and standard error. */
public record CommandLineRun(int status, String out, String err) {

    /** {@code fieldbook ARGS}; a window it would open is not opened. */
    public static CommandLineRun of(String... args) {
        return opening(library -> { }, args);
    }

    /** {@code fieldbook --library LIBRARY ARGS}. */
    public static CommandLineRun on(Path library, String... args) {
        return of(onLibrary(library, args));
    }

    /** The arguments with {@code --library LIBRARY} before them. */
    public static String[] onLibrary(Path library, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }

    /** {@code fieldbook ARGS}, with {@code windowOpener} told of any window it would open. */
    public static CommandLineRun opening(Consumer<Path> windowOpener, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (FieldbookCommand command = new FieldbookCommand(windowOpener)) {
            CommandLine line = FieldbookCommand.commandLine(command);
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            int status = line.execute(args);
            return new CommandLineRun(status, out.toString(), err.toString());
        }
    }

    public List<String> outLines() {
        return out.lines().toList();
    }
}
