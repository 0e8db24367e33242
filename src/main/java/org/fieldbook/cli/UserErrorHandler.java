package org.fieldbook.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldbook.library.LibraryRecovery;
import org.fieldbook.library.ReportNotFoundException;
import org.fieldbook.storage.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures a user can act on into one line on standard error and an exit status;
 * no stack trace is ever shown for them. An unexpected failure is written to the log with
 * its stack trace, and the user gets one line that says where the log is.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    private static final Logger LOG = Logger.getLogger(UserErrorHandler.class.getName());

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof StorageException storage) {
            LOG.warning(() -> "library failure: " + e.getMessage());
            commandLine.getErr().println("fieldbook: " + e.getMessage());
            LibraryRecovery.commandLineAdvice(storage).ifPresent(commandLine.getErr()::println);
            return FieldbookCommand.EXIT_LIBRARY;
        }
        if (e instanceof CommandLine.ExecutionException) {
            return FieldbookCommand.EXIT_USAGE;
        }
        if (e instanceof ReportNotFoundException) {
            commandLine.getErr().println("fieldbook: " + e.getMessage());
            return FieldbookCommand.EXIT_INPUT_ERRORS;
        }
        LOG.log(Level.SEVERE, "unexpected failure", e);
        commandLine.getErr().println("fieldbook: unexpected failure (" + e.getClass().getSimpleName()
                + "); the details are in the log, fieldbook.0.log in Fieldbook's data directory.");
        return CommandLine.ExitCode.SOFTWARE;
    }
}
