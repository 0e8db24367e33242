package org.fieldbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldbook.chart.ChartExporter;
import org.fieldbook.chart.ChartService;
import org.fieldbook.chart.ChartText;
import org.fieldbook.chart.FigureExtractor;
import org.fieldbook.importer.FiguresFileKind;
import org.fieldbook.importer.ImportService;
import org.fieldbook.importer.ProfileFileKind;
import org.fieldbook.importer.ProfileParser;
import org.fieldbook.library.BundledLibrary;
import org.fieldbook.library.LibraryService;
import org.fieldbook.search.SearchService;
import org.fieldbook.storage.Database;
import org.fieldbook.storage.FigureRepository;
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
    private final ChartService chartService;

    private AppContext(Database database) {
        this.database = database;
        ReportRepository reports = new ReportRepository(database);
        FigureRepository figures = new FigureRepository(database);
        // profiles read anything, so they come last
        this.importService = new ImportService(List.of(new FiguresFileKind(reports, figures),
                new ProfileFileKind(new ProfileParser(), reports)));
        this.libraryService = new LibraryService(reports);
        this.searchService = new SearchService(new PassageSearchRepository(database));
        this.chartService = new ChartService(libraryService, figures, new FigureExtractor(),
                new ChartExporter(ChartText.english()));
    }

    /**
     * Opens the library at {@code libraryFile}, creating and filling it on first use.
     *
     * @throws StorageException when the file cannot be opened as a Fieldbook library
     */
    public static AppContext open(Path libraryFile) {
        boolean isNew = isNewLibrary(libraryFile);
        AppContext context = new AppContext(Database.open(libraryFile));
        if (isNew) {
            context.fillFromBundle();
        }
        return context;
    }

    private void fillFromBundle() {
        try {
            new BundledLibrary(importService).installInto();
        } catch (RuntimeException e) {
            // A half-filled new library would never be filled again: remove what this start created.
            database.close();
            deleteQuietly(database.file());
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

    /** Checks files without opening a library (nothing it returns can store). */
    public static ImportService checker() {
        return new ImportService(List.of(new FiguresFileKind(null, null), new ProfileFileKind(new ProfileParser(), null)));
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

    public ChartService chartService() {
        return chartService;
    }

    public Path libraryFile() {
        return database.file();
    }

    @Override
    public void close() {
        database.close();
    }
}
