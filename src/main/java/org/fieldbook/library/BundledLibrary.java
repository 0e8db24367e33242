package org.fieldbook.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.importer.FileOutcome;
import org.fieldbook.importer.ImportService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content shipped inside Fieldbook ({@code resources/library/}), listed by its
 * {@code contents.json}, that fills a new library on first start.
 */
public final class BundledLibrary {
    static final String ROOT = "/library/";

    record Contents(String publisher, String publisherUrl, Entry catalogue, List<Entry> profiles) {
    }

    record Entry(String file, String note) {
    }

    private final ImportService importer;

    public BundledLibrary(ImportService importer) {
        this.importer = importer;
    }

    /**
     * Imports the bundled mine-type catalogue, then every bundled profile (so that their
     * mentions of catalogue entries are found as they are imported), each file in its own
     * transaction.
     *
     * @return one outcome per bundled file: the catalogue's, then the profiles' in the order of {@code contents.json}
     */
    public List<FileOutcome> installInto() {
        List<FileOutcome> outcomes = new ArrayList<>();
        outcomes.add(installCatalogueInto());
        for (Entry entry : contents().profiles()) {
            outcomes.add(importer.importContent(entry.file(), read(entry.file())));
        }
        return outcomes;
    }

    /**
     * Imports only the bundled mine-type catalogue (a library made before Fieldbook had one
     * gets it this way); it replaces the library's catalogue.
     */
    public FileOutcome installCatalogueInto() {
        Entry catalogue = contents().catalogue();
        return importer.importContent(catalogue.file(), read(catalogue.file()));
    }

    /** The bundled catalogue file's path inside the bundle, e.g. "catalogue/mine-types.json". */
    public static String catalogueFile() {
        return contents().catalogue().file();
    }

    /** The bundled catalogue file's content. */
    public static byte[] catalogueContent() {
        return read(catalogueFile());
    }

    static Contents contents() {
        return JsonMapper.builder().build().readValue(read("contents.json"), Contents.class);
    }

    private static byte[] read(String name) {
        try (InputStream in = BundledLibrary.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("this Fieldbook build lacks its bundled file library/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled file library/" + name, e);
        }
    }
}
