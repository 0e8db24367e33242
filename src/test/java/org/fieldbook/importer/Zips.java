package org.fieldbook.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip files for the bundle tests, including forged ones that no honest zip tool makes. */
public final class Zips {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Integer> unixModes = new LinkedHashMap<>();

    public static Zips of() {
        return new Zips();
    }

    public Zips add(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    public Zips add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public Zips addFile(String name, Path file) {
        try {
            return add(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Marks an entry with a Unix mode (e.g. 0120777 for a symbolic link) in the central directory. */
    public Zips unixMode(String name, int mode) {
        unixModes.put(name, mode);
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.toByteArray();
        unixModes.forEach((name, mode) -> forgeMode(bytes, name, mode));
        return bytes;
    }

    public Path write(Path file) {
        try {
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets "made by Unix" and the mode in the central directory entry named {@code name}. */
    private static void forgeMode(byte[] zip, String name, int mode) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (zip[at] == 0x50 && zip[at + 1] == 0x4b && zip[at + 2] == 0x01 && zip[at + 3] == 0x02) {
                int nameLength = (zip[at + 28] & 0xFF) | ((zip[at + 29] & 0xFF) << 8);
                if (nameLength == wanted.length && java.util.Arrays.equals(zip, at + 46, at + 46 + nameLength,
                        wanted, 0, wanted.length)) {
                    zip[at + 5] = 3;  // version made by: high byte = host 3 (Unix)
                    long attributes = ((long) mode) << 16;
                    for (int i = 0; i < 4; i++) {
                        zip[at + 38 + i] = (byte) (attributes >>> (8 * i));
                    }
                    return;
                }
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }
}
