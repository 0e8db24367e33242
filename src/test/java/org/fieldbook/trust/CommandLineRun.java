package org.fieldbook.trust;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.fieldbook.cli.FieldbookCommand;
import picocli.CommandLine;

/** The command line run in this JVM, as CommandLineTest runs it: status, standard output and error. */
public record CommandLineRun(int status, String out, String err) {

    public static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (FieldbookCommand command = new FieldbookCommand(library -> { })) {
            CommandLine line = FieldbookCommand.commandLine(command);
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            int status = line.execute(args);
            return new CommandLineRun(status, out.toString(), err.toString());
        }
    }
}
