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

    /** What {@code contents.json} lists: profiles first, then the figures that belong to them. */
    record Contents(String publisher, String publisherUrl, List<Entry> profiles, List<Entry> figures) {
        Contents {
            profiles = profiles == null ? List.of() : List.copyOf(profiles);
            figures = figures == null ? List.of() : List.copyOf(figures);
        }
    }

    record Entry(String file, String note) {
    }

    private final ImportService importer;

    public BundledLibrary(ImportService importer) {
        this.importer = importer;
    }

    /**
     * Imports every bundled file into the library, each in its own transaction: the profiles,
     * then the figures (which are checked against the profiles they belong to).
     *
     * @return one outcome per bundled file, in the order of {@code contents.json}
     */
    public List<FileOutcome> installInto() {
        Contents contents = contents();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Entry entry : contents.profiles()) {
            outcomes.add(importer.importContent(entry.file(), read(entry.file())));
        }
        for (Entry entry : contents.figures()) {
            outcomes.add(importer.importContent(entry.file(), read(entry.file())));
        }
        return outcomes;
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
