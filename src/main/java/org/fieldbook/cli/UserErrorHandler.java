package org.fieldbook.cli;

import org.fieldbook.chart.ChartExportException;
import org.fieldbook.library.ReportNotFoundException;
import org.fieldbook.storage.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures a user can act on into one line on standard error and an exit status;
 * no stack trace is ever shown for them.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof StorageException) {
            commandLine.getErr().println("fieldbook: " + e.getMessage());
            return FieldbookCommand.EXIT_LIBRARY;
        }
        if (e instanceof CommandLine.ExecutionException) {
            return FieldbookCommand.EXIT_USAGE;
        }
        if (e instanceof ReportNotFoundException || e instanceof ChartExportException) {
            commandLine.getErr().println("fieldbook: " + e.getMessage());
            return FieldbookCommand.EXIT_INPUT_ERRORS;
        }
        commandLine.getErr().println("fieldbook: unexpected failure: " + e);
        e.printStackTrace(commandLine.getErr());
        return CommandLine.ExitCode.SOFTWARE;
    }
}
