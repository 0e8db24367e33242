package org.fieldbook.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.fieldbook.storage.StorageException;

/**
 * Checks and imports a library update bundle as one unit: every file in it is validated by
 * its kind first, and only when none has an error are they all stored, in one transaction.
 * A failure while storing leaves the library as it was before the bundle.
 */
final class BundleImport {
    /** Carries a stored file's errors out of the transaction, so that it rolls back. */
    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient FileOutcome outcome;

        Rollback(FileOutcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }

    private final BundleReader reader;
    private final Function<InputFile, LibraryFileKind> kindOf;
    private final Transactions transactions;

    BundleImport(BundleReader reader, Function<InputFile, LibraryFileKind> kindOf, Transactions transactions) {
        this.reader = reader;
        this.kindOf = kindOf;
        this.transactions = transactions;
    }

    /** Profiles first, then the JSON files (catalogue, figures) that may refer to them; otherwise zip order. */
    static List<InputFile> storingOrder(List<InputFile> files) {
        return files.stream().sorted(Comparator.comparing((InputFile f) -> BundleNames.extension(f.name()).equals("json")))
                .toList();
    }

    /** Every file's outcome, and, when the bundle as a whole is refused, one outcome for the bundle. */
    List<FileOutcome> check(Path zip) {
        BundleReader.Contents contents = reader.read(zip);
        if (contents.refused()) {
            return List.of(FileOutcome.refused(zip, contents.problems()));
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        for (InputFile file : contents.files()) {
            outcomes.add(kindOf.apply(file).check(file));
        }
        long refused = outcomes.stream().filter(FileOutcome::hasErrors).count();
        if (refused > 0) {
            outcomes.add(FileOutcome.refused(zip, List.of(Problem.error(zip.toString(), 1, refused + " of the "
                    + outcomes.size() + " files in the bundle have errors (listed above); nothing from the bundle "
                    + "was imported"))));
        }
        return outcomes;
    }

    /**
     * Imports every file of the bundle in one transaction, or, when any file has an error,
     * nothing.
     *
     * @throws org.fieldbook.storage.StorageException when the library cannot be written; nothing was imported
     */
    List<FileOutcome> store(Path zip) {
        List<FileOutcome> checked = check(zip);
        if (checked.stream().anyMatch(FileOutcome::hasErrors)) {
            return checked.stream().filter(FileOutcome::hasErrors).toList();
        }
        BundleReader.Contents contents = reader.read(zip);
        try {
            return transactions.inOne("import the bundle " + zip, () -> {
                List<FileOutcome> stored = new ArrayList<>();
                for (InputFile file : storingOrder(contents.files())) {
                    FileOutcome outcome = kindOf.apply(file).store(file);
                    if (outcome.hasErrors()) {
                        throw new Rollback(outcome);
                    }
                    stored.add(outcome);
                }
                return stored;
            });
        } catch (StorageException e) {
            throw new StorageException(e.reason(), e.getMessage() + " Nothing from the bundle " + zip
                    + " was imported.", e);
        } catch (Rollback rollback) {
            // the file passed its check but not its store (a kind that looks at the library): nothing is kept
            return List.of(rollback.outcome, FileOutcome.refused(zip, List.of(Problem.error(zip.toString(), 1,
                    "nothing from the bundle was imported, because " + rollback.outcome.file() + " has errors"))));
        }
    }
}
