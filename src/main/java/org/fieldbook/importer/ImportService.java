package org.fieldbook.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.fieldbook.storage.ReportRepository;

/**
 * Checks profile files and imports them into the library: each file is parsed and
 * validated first, and a file with any error imports nothing. Each good file is stored in
 * one transaction, replacing an earlier import of the same report.
 */
public final class ImportService {

    /** Told after each file, so a caller can show progress. */
    @FunctionalInterface
    public interface Progress {
        void fileDone(int done, int total, FileOutcome outcome);
    }

    private final ProfileParser parser;
    private final ReportRepository reports;

    public ImportService(ProfileParser parser, ReportRepository reports) {
        this.parser = parser;
        this.reports = reports;
    }

    /**
     * Imports one file: all of it, or, when it has errors, nothing.
     *
     * @throws org.fieldbook.storage.StorageException when the library cannot be written
     */
    public FileOutcome importFile(Path file) {
        return store(file, parser.parse(file));
    }

    /** Imports a profile already read into memory (the bundled library), like {@link #importFile}. */
    public FileOutcome importContent(String fileName, byte[] content) {
        return store(Path.of(fileName), parser.parse(fileName, content));
    }

    private FileOutcome store(Path file, ParseResult result) {
        if (!result.hasErrors()) {
            reports.replace(result.report());
        }
        return ProfileChecker.outcome(file, result);
    }

    /**
     * Imports files one after the other, each in its own transaction, until done or until
     * {@code cancelled} says stop (files already imported stay imported).
     */
    public List<FileOutcome> importFiles(List<Path> files, Progress progress, BooleanSupplier cancelled) {
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            FileOutcome outcome = importFile(file);
            outcomes.add(outcome);
            progress.fileDone(outcomes.size(), files.size(), outcome);
        }
        return outcomes;
    }
}
