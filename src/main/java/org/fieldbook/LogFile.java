package org.fieldbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The log a user can send to support: {@code fieldbook.0.log} (newest) to {@code fieldbook.4.log}
 * in the data directory, 1 MB each. Log messages name files, report ids, counts and exception
 * types, never the text of a report or what a user searched for.
 */
public final class LogFile implements AutoCloseable {
    static final String PATTERN = "fieldbook.%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int COUNT = 5;
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";

    private final Logger root = Logger.getLogger("");
    private final List<Handler> previous;
    private final Handler handler;
    private final Path directory;

    private LogFile(Path directory, Handler handler) {
        this.directory = directory;
        this.previous = List.of(root.getHandlers());
        this.handler = handler;
        previous.forEach(root::removeHandler);
        root.addHandler(handler);
        root.setLevel(Level.INFO);
    }

    /**
     * Sends every log record of this process to the rotating log in {@code directory}; when
     * that folder cannot be written, warnings go to standard error instead.
     *
     * @return the installed log; closing it puts the handlers back as they were (tests)
     */
    public static LogFile install(Path directory) {
        try {
            Files.createDirectories(directory);
            FileHandler file = new FileHandler(directory.resolve(PATTERN).toString(), LIMIT_BYTES, COUNT, true);
            file.setEncoding("UTF-8");
            file.setFormatter(formatter());
            file.setLevel(Level.INFO);
            return new LogFile(directory, file);
        } catch (IOException | RuntimeException e) {
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(Level.WARNING);
            LogFile log = new LogFile(directory, console);
            Logger.getLogger(LogFile.class.getName()).warning("cannot write the log in " + directory + ": " + e);
            return log;
        }
    }

    private static Formatter formatter() {
        return new SimpleFormatter() {
            @Override
            public String format(LogRecord record) {
                return String.format(FORMAT, record.getMillis(), null, record.getLoggerName(),
                        record.getLevel().getName(), formatMessage(record), thrown(record.getThrown()));
            }
        };
    }

    private static String thrown(Throwable thrown) {
        if (thrown == null) {
            return "";
        }
        java.io.StringWriter text = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(text));
        return System.lineSeparator() + text.toString().stripTrailing();
    }

    /** The newest log file. */
    public Path current() {
        return directory.resolve(PATTERN.replace("%g", "0"));
    }

    /** Closes the log file and puts the earlier handlers back. */
    @Override
    public void close() {
        root.removeHandler(handler);
        handler.close();
        previous.forEach(root::addHandler);
    }
}
