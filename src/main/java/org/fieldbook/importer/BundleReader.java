package org.fieldbook.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a library update bundle (a .zip of profile texts and JSON files) into memory,
 * refusing the whole bundle for anything that could harm or mislead: entries outside the
 * bundle's root, absolute paths, links and special files, unexpected file types, and zip
 * bombs. Sizes are counted while unpacking, never taken from the zip's headers.
 */
final class BundleReader {

    /** How much a bundle may hold. */
    record Limits(long maxBundleBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
        /** Far above any real update (the Monitor's whole site is about 3,000 profiles of ~50 KB). */
        static final Limits DEFAULT = new Limits(100L << 20, 5_000, ProfileParser.MAX_BYTES, 500L << 20, 100);
    }

    /** What a bundle held: its files, or the problems that refuse it (then there are no files). */
    record Contents(List<InputFile> files, List<Problem> problems) {
        boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** Unpacked bytes below which the compression ratio is not judged (short texts pack very well). */
    private static final long RATIO_GRACE = 64 * 1024;
    private static final int MAX_PROBLEMS = 20;
    private static final Set<String> TYPES = Set.of("txt", "json");

    private final Limits limits;

    BundleReader(Limits limits) {
        this.limits = limits;
    }

    static boolean isBundle(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The bundle's files, or why it is refused. Never throws for bad content. */
    Contents read(Path zip) {
        byte[] bytes;
        try {
            long size = Files.size(zip);
            if (size > limits.maxBundleBytes()) {
                return refused(zip, String.format(Locale.ROOT, "the bundle is too large: %,d bytes, the limit is %,d",
                        size, limits.maxBundleBytes()));
            }
            bytes = Files.readAllBytes(zip);
        } catch (IOException e) {
            return refused(zip, "cannot read the bundle: " + InputFile.reason(e));
        }
        List<String> problems = new ArrayList<>();
        Set<String> indexed = new HashSet<>();
        try {
            for (ZipIndex.Entry entry : ZipIndex.read(bytes, limits.maxEntries())) {
                indexed.add(entry.name());
                checkIndexed(entry, problems);
            }
        } catch (ZipIndex.BadZipException e) {
            return refused(zip, "the bundle is not a zip file Fieldbook can read: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            return refused(zip, problems);
        }
        return unpack(zip, bytes, indexed);
    }

    private static void checkIndexed(ZipIndex.Entry entry, List<String> problems) {
        String trouble = BundleNames.problem(entry.name());
        if (trouble == null && entry.isLink()) {
            trouble = "is a link (bundles may hold only plain files)";
        } else if (trouble == null && entry.isSpecial()) {
            trouble = "is not a plain file";
        } else if (trouble == null && !entry.name().endsWith("/") && !BundleNames.ignored(entry.name())
                && !TYPES.contains(BundleNames.extension(entry.name()))) {
            trouble = "is neither a .txt profile nor a .json file";
        }
        if (trouble != null && problems.size() < MAX_PROBLEMS) {
            problems.add("the entry " + BundleNames.shown(entry.name()) + " " + trouble);
        }
    }

    private Contents unpack(Path zip, byte[] bytes, Set<String> indexed) {
        List<InputFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Counting raw = new Counting(new ByteArrayInputStream(bytes));
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                // the local header may name another file than the index does: judge this name too
                String trouble = BundleNames.problem(name);
                if (trouble == null && !indexed.contains(name)) {
                    trouble = "is missing from the bundle's index (the zip is damaged or forged)";
                } else if (trouble == null && !seen.add(name)) {
                    trouble = "appears twice";
                }
                if (trouble != null) {
                    return refused(zip, "the entry " + BundleNames.shown(name) + " " + trouble);
                }
                if (entry.isDirectory() || BundleNames.ignored(name)) {
                    continue;
                }
                if (files.size() >= limits.maxEntries()) {
                    return refused(zip, "the bundle holds more than " + limits.maxEntries() + " files");
                }
                byte[] content = readEntry(in, raw, name, total);
                total += content.length;
                files.add(new InputFile(Path.of(zip + "!/" + name), content, null));
            }
        } catch (Refusal e) {
            return refused(zip, e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return refused(zip, "the bundle is damaged or not a zip file: " + e.getMessage());
        }
        if (files.isEmpty()) {
            return refused(zip, "the bundle holds no .txt or .json files");
        }
        if (seen.size() != indexed.size()) {
            return refused(zip, "the bundle is damaged: its index lists " + indexed.size() + " entries, but "
                    + seen.size() + " could be read");
        }
        return new Contents(files, List.of());
    }

    private byte[] readEntry(ZipInputStream in, Counting raw, String name, long totalBefore) throws IOException {
        long packedStart = raw.count;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long size = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            size += n;
            if (size > limits.maxEntryBytes()) {
                throw new Refusal("the entry " + BundleNames.shown(name) + " unpacks to more than "
                        + limits.maxEntryBytes() + " bytes, the limit for one file");
            }
            if (totalBefore + size > limits.maxTotalBytes()) {
                throw new Refusal("the bundle unpacks to more than " + limits.maxTotalBytes()
                        + " bytes, the limit for a bundle");
            }
            long packed = Math.max(1, raw.count - packedStart);
            if (size > RATIO_GRACE && size > packed * limits.maxRatio()) {
                throw new Refusal("the entry " + BundleNames.shown(name) + " unpacks to over " + limits.maxRatio()
                        + " times its packed size (a zip bomb?)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static Contents refused(Path zip, String problem) {
        return refused(zip, List.of(problem));
    }

    private static Contents refused(Path zip, List<String> problems) {
        return new Contents(List.of(), problems.stream()
                .map(p -> Problem.error(zip.toString(), 1, p + "; nothing from the bundle was imported")).toList());
    }

    /** A reason to stop unpacking, for the user. */
    private static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    /** Counts the packed bytes that the unpacker has taken. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
