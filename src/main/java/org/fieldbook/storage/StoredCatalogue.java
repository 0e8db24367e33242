package org.fieldbook.storage;

/** The catalogue a library holds: the imported file's name and text, and its generation. */
public record StoredCatalogue(long generation, String sourceFile, String document) {
}
