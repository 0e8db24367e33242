package org.fieldbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.catalogue.CatalogueFileKind;
import org.fieldbook.catalogue.CatalogueReader;
import org.fieldbook.catalogue.CatalogueService;
import org.fieldbook.importer.FileOutcome;
import org.fieldbook.importer.ImportService;
import org.fieldbook.importer.ProfileFileKind;
import org.fieldbook.importer.ProfileParser;
import org.fieldbook.library.BundledLibrary;
import org.fieldbook.library.LibraryService;
import org.fieldbook.search.SearchService;
import org.fieldbook.storage.CatalogueRepository;
import org.fieldbook.storage.Database;
import org.fieldbook.storage.PassageSearchRepository;
import org.fieldbook.storage.ReportRepository;
import org.fieldbook.storage.StorageException;

/**
 * The composition root: opens one library and wires the services over it by hand. The
 * only place that creates services. A library file that does not exist yet is created and
 * filled from the bundled content.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ImportService importService;
    private final LibraryService libraryService;
    private final SearchService searchService;
    private final CatalogueService catalogueService;

    private AppContext(Database database) {
        this.database = database;
        ReportRepository reports = new ReportRepository(database);
        this.catalogueService = new CatalogueService(new CatalogueRepository(database));
        // the catalogue's kind first: a profile text is what every other file is taken for;
        // a bundle's files are stored in one transaction of this library (see Transactions)
        this.importService = new ImportService(List.of(new CatalogueFileKind(catalogueService),
                new ProfileFileKind(new ProfileParser(), reports, catalogueService)), database::inTransaction);
        this.libraryService = new LibraryService(reports);
        this.searchService = new SearchService(new PassageSearchRepository(database));
    }

    /**
     * Opens the library at {@code libraryFile}, creating and filling it on first use.
     *
     * @throws StorageException when the file cannot be opened as a Fieldbook library
     */
    public static AppContext open(Path libraryFile) {
        boolean isNew = isNewLibrary(libraryFile);
        Database database;
        try {
            database = Database.open(libraryFile);
        } catch (StorageException e) {
            if (isNew) {
                // e.g. a full disk: a half-made new file would not count as new next time, and never be filled
                deleteQuietly(libraryFile.toAbsolutePath());
            }
            throw e;
        }
        AppContext context = new AppContext(database);
        // also a library whose first start was killed before its fill committed: it holds nothing to lose
        if (isNew || context.libraryService().count() == 0) {
            context.fillFromBundle(isNew);
        } else if (context.catalogueService.neverImported()) {
            context.addBundledCatalogue();
        }
        return context;
    }

    /** A library made before Fieldbook had a catalogue gets the bundled one, and its mentions. */
    private void addBundledCatalogue() {
        FileOutcome outcome;
        try {
            outcome = new BundledLibrary(importService).installCatalogueInto();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        if (outcome.hasErrors()) {
            database.close();
            throw new IllegalStateException("the bundled mine-type catalogue has errors: " + outcome.problems());
        }
    }

    private void fillFromBundle(boolean isNew) {
        try {
            new BundledLibrary(importService).installInto();
        } catch (RuntimeException e) {
            database.close();
            if (isNew) {
                // what this start created goes, so that the next start fills it again
                deleteQuietly(database.file());
            }
            throw new StorageException("could not fill the new library " + database.file()
                    + " from the bundled content: " + e.getMessage(), e);
        }
    }

    private static boolean isNewLibrary(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            throw new StorageException("cannot read the library file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: the original error is what the user needs to see
            }
        }
    }

    /**
     * Checks files without opening a library (nothing it returns can store). Designations in
     * profiles are compared with the bundled catalogue: the same answer on every machine,
     * whatever library it has.
     */
    public static ImportService checker() {
        CatalogueReader.Result bundled = new CatalogueReader().read(BundledLibrary.catalogueFile(),
                BundledLibrary.catalogueContent());
        if (bundled.hasErrors()) {
            throw new IllegalStateException("the bundled mine-type catalogue has errors: " + bundled.problems());
        }
        return checkerWith(CatalogueService.inMemory(bundled.catalogue()));
    }

    /** Checks files against this library's catalogue, without storing anything. */
    public ImportService libraryChecker() {
        return checkerWith(catalogueService);
    }

    private static ImportService checkerWith(CatalogueService catalogue) {
        return new ImportService(List.of(new CatalogueFileKind(null),
                new ProfileFileKind(new ProfileParser(), null, catalogue)));
    }

    public ImportService importService() {
        return importService;
    }

    public LibraryService libraryService() {
        return libraryService;
    }

    public SearchService searchService() {
        return searchService;
    }

    public CatalogueService catalogueService() {
        return catalogueService;
    }

    /**
     * Reads the whole library to find damage that opening it does not see.
     *
     * @throws StorageException (reason DAMAGED) when it is damaged
     */
    public void checkIntegrity() {
        database.checkIntegrity();
    }

    public Path libraryFile() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
