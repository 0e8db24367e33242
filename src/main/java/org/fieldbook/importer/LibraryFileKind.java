package org.fieldbook.importer;

/**
 * A kind of file the library takes in: profile texts, and (from their own packages) the
 * mine-type catalogue and figures. {@link ImportService} hands each input file to the first
 * kind that {@linkplain #reads reads} it.
 */
public interface LibraryFileKind {

    /** Whether this kind reads the file, judged by its name and content (e.g. a JSON "kind" field). */
    boolean reads(InputFile input);

    /** Validates the file without touching the library. */
    FileOutcome check(InputFile input);

    /** Validates, then stores everything the file holds in one transaction, or nothing when it has errors. */
    FileOutcome store(InputFile input);
}
