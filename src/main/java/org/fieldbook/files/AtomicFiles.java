package org.fieldbook.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either the old file or the whole new one, never half of it:
 * the content goes to a temporary file in the same folder, which then replaces the target
 * in one atomic move. A failed write leaves no temporary file behind. Every file Fieldbook
 * writes for the user (chart exports, settings) goes through here.
 */
public final class AtomicFiles {
    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} whole, or leaves it as it was and throws. */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        // created with CREATE_NEW rather than createTempFile, so the file gets the usual
        // permissions of the user's files and not createTempFile's owner-only ones
        Path temporary = folder.resolve("." + file.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
