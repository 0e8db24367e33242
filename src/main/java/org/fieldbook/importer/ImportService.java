package org.fieldbook.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Checks files and imports them into the library. Each file goes to the first
 * {@link LibraryFileKind} that reads it; it is validated first, and a file with any error
 * imports nothing. Each good file is stored in its own transaction.
 */
public final class ImportService {

    /** Told after each file, so a caller can show progress. */
    @FunctionalInterface
    public interface Progress {
        void fileDone(int done, int total, FileOutcome outcome);
    }

    private final List<LibraryFileKind> kinds;

    /** @param kinds the kinds of file taken in, most specific first; the last should read anything */
    public ImportService(List<LibraryFileKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** Validates a file without touching the library. */
    public FileOutcome check(Path file) {
        InputFile input = InputFile.read(file);
        return input.isReadable() ? kindOf(input).check(input) : FileOutcome.refused(file, List.of(input.problem()));
    }

    /**
     * Imports one file: all of it, or, when it has errors, nothing.
     *
     * @throws org.fieldbook.storage.StorageException when the library cannot be written
     */
    public FileOutcome importFile(Path file) {
        InputFile input = InputFile.read(file);
        return input.isReadable() ? kindOf(input).store(input) : FileOutcome.refused(file, List.of(input.problem()));
    }

    /** Imports a file already read into memory (the bundled library), like {@link #importFile}. */
    public FileOutcome importContent(String fileName, byte[] content) {
        InputFile input = new InputFile(Path.of(fileName), content, null);
        return kindOf(input).store(input);
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

    /** Validates files one after the other without touching the library. */
    public List<FileOutcome> checkFiles(List<Path> files, Progress progress) {
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (Path file : files) {
            FileOutcome outcome = check(file);
            outcomes.add(outcome);
            progress.fileDone(outcomes.size(), files.size(), outcome);
        }
        return outcomes;
    }

    private LibraryFileKind kindOf(InputFile input) {
        return kinds.stream().filter(kind -> kind.reads(input)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no file kind reads " + input.file()));
    }
}
