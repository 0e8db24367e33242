package org.fieldbook.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldbook.model.Catalogue;

/** The bundled catalogue file, read as the importer reads it, and small catalogues for tests. */
final class Catalogues {
    static final Path BUNDLED = Path.of("resources/library/catalogue/mine-types.json");

    private Catalogues() {
    }

    static Catalogue bundled() {
        CatalogueReader.Result result = read(BUNDLED);
        if (result.hasErrors()) {
            throw new AssertionError("the bundled catalogue has errors: " + result.problems());
        }
        return result.catalogue();
    }

    static CatalogueReader.Result read(Path file) {
        try {
            return new CatalogueReader().read(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CatalogueReader.Result read(String json) {
        return new CatalogueReader().read("test.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
