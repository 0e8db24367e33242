package org.fieldbook.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Checks files and imports them into the library. Each file goes to the first
 * {@link LibraryFileKind} that reads it; it is validated first, and a file with any error
 * imports nothing. Each good file is stored in its own transaction. A {@code .zip} is a
 * library update bundle: all its files are imported in one transaction, or none is.
 */
public final class ImportService {

    /** Told after each file, so a caller can show progress. */
    @FunctionalInterface
    public interface Progress {
        void fileDone(int done, int total, FileOutcome outcome);
    }

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    private final List<LibraryFileKind> kinds;
    private final BundleImport bundles;

    /** An importer that only checks files (bundles too); it stores nothing. */
    public ImportService(List<LibraryFileKind> kinds) {
        this(kinds, Transactions.NONE);
    }

    /**
     * @param kinds        the kinds of file taken in, most specific first; the last should read anything
     * @param transactions runs a bundle's stores as one transaction (the library's {@code Database::inTransaction})
     */
    public ImportService(List<LibraryFileKind> kinds, Transactions transactions) {
        this.kinds = List.copyOf(kinds);
        this.bundles = new BundleImport(new BundleReader(BundleReader.Limits.DEFAULT), this::kindOf, transactions);
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
     * Imports files one after the other, each in its own transaction (a bundle's files all in
     * one), until done or until {@code cancelled} says stop (files already imported stay
     * imported). A bundle gives one outcome per file in it, and one for the bundle when it is refused.
     */
    public List<FileOutcome> importFiles(List<Path> files, Progress progress, BooleanSupplier cancelled) {
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (int i = 0; i < files.size() && !cancelled.getAsBoolean(); i++) {
            Path file = files.get(i);
            List<FileOutcome> done = BundleReader.isBundle(file) ? bundles.store(file) : List.of(importFile(file));
            for (FileOutcome outcome : done) {
                log(outcome);
                outcomes.add(outcome);
                progress.fileDone(i + 1, files.size(), outcome);
            }
        }
        return outcomes;
    }

    /** Validates files (and the files in bundles) one after the other without touching the library. */
    public List<FileOutcome> checkFiles(List<Path> files, Progress progress) {
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            for (FileOutcome outcome : BundleReader.isBundle(file) ? bundles.check(file) : List.of(check(file))) {
                outcomes.add(outcome);
                progress.fileDone(i + 1, files.size(), outcome);
            }
        }
        return outcomes;
    }

    /** For the support log: file names, ids and counts only, never the file's text. */
    private static void log(FileOutcome outcome) {
        if (outcome.hasErrors()) {
            LOG.info(() -> "not imported: " + outcome.file() + " (" + outcome.count(Severity.ERROR) + " errors, first on line "
                    + outcome.problems().stream().filter(Problem::isError).mapToInt(Problem::line).findFirst().orElse(0) + ")");
        } else {
            LOG.info(() -> "imported: " + outcome.file() + (outcome.report() == null ? "" : " as " + outcome.report().id())
                    + " (" + outcome.count(Severity.WARNING) + " warnings)");
        }
    }

    private LibraryFileKind kindOf(InputFile input) {
        return kinds.stream().filter(kind -> kind.reads(input)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no file kind reads " + input.file()));
    }
}
