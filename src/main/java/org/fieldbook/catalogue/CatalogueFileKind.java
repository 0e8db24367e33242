package org.fieldbook.catalogue;

import java.util.Locale;
import org.fieldbook.catalogue.CatalogueReader.Result;
import org.fieldbook.importer.FileOutcome;
import org.fieldbook.importer.InputFile;
import org.fieldbook.importer.LibraryFileKind;
import org.fieldbook.model.Catalogue;
import org.fieldbook.storage.CatalogueRepository;

/**
 * Mine-type catalogue files: JSON with {@code "kind": "fieldbook-catalogue"}. Importing one
 * replaces the library's catalogue and finds every mention again, all in one transaction.
 */
public final class CatalogueFileKind implements LibraryFileKind {
    private final CatalogueReader reader = new CatalogueReader();
    private final CatalogueService catalogue;

    /** @param catalogue the library's catalogue, which {@link #store} replaces; null for a check-only importer */
    public CatalogueFileKind(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public boolean reads(InputFile input) {
        return CatalogueReader.isCatalogue(input.content());
    }

    @Override
    public FileOutcome check(InputFile input) {
        Result result = read(input);
        return result.hasErrors() ? FileOutcome.refused(input.file(), result.problems())
                : new FileOutcome(input.file(), result.problems(), describe(result.catalogue()), null);
    }

    @Override
    public FileOutcome store(InputFile input) {
        Result result = read(input);
        if (result.hasErrors()) {
            return FileOutcome.refused(input.file(), result.problems());
        }
        if (catalogue == null) {
            throw new IllegalStateException("this importer only checks files");
        }
        CatalogueRepository.Replaced replaced = catalogue.replace(input.name(), input.content(), result.catalogue());
        return new FileOutcome(input.file(), result.problems(), describe(result.catalogue()) + "; "
                + count(replaced.mentions(), "mention", "mentions") + " in the library", null);
    }

    private Result read(InputFile input) {
        return reader.read(input.file().toString(), input.content());
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    private static String describe(Catalogue catalogue) {
        return "mine-type catalogue (" + count(catalogue.entries().size(), "entry", "entries") + ", "
                + count(catalogue.sources().size(), "source", "sources") + ")";
    }
}
