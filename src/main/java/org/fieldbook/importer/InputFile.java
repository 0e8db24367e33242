package org.fieldbook.importer;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input file whole, refusing folders, missing files and anything over
 * {@link ProfileParser#MAX_BYTES} before reading it. Failures are problems naming the file
 * as the user gave it, never exceptions.
 */
public record InputFile(Path file, byte[] content, Problem problem) {

    /** Reads {@code file}; the result holds either its bytes or the problem that stopped it. */
    public static InputFile read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return failed(file, "cannot read the file: it is a folder, not a profile text");
            }
            long size = Files.size(file);
            if (size > ProfileParser.MAX_BYTES) {
                return failed(file, TextDecoder.tooLarge(size));
            }
            return new InputFile(file, Files.readAllBytes(file), null);
        } catch (IOException e) {
            return failed(file, "cannot read the file: " + reason(e));
        }
    }

    /** Why reading failed, in words: "it does not exist", "permission denied", or the system's own. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static InputFile failed(Path file, String message) {
        return new InputFile(file, null, Problem.error(file.toString(), 1, message));
    }

    public boolean isReadable() {
        return problem == null;
    }

    /** The file's own name, as stored with what it holds. */
    public String name() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
