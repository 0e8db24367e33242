package org.fieldbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip bombs and oversize bundles are refused while unpacking, whatever the zip's headers say. */
class ZipBombTest {
    @TempDir
    Path dir;

    static String refusal(BundleReader reader, Path zip) {
        BundleReader.Contents contents = reader.read(zip);
        assertThat(contents.refused()).isTrue();
        assertThat(contents.files()).isEmpty();
        return contents.problems().get(0).toString();
    }

    @Test
    void aHighlyCompressedEntryIsRefusedAsABombEvenWhenItsHeadersClaimItIsSmall() {
        byte[] zeros = new byte[50 << 20];  // 50 MB of zeros packs to ~50 KB
        Path zip = Zips.of().add("bomb.txt", zeros).write(dir.resolve("bomb.zip"));
        forgeSizes(zip);

        assertThat(refusal(new BundleReader(BundleReader.Limits.DEFAULT), zip))
                .contains("bomb.zip:1: error: the entry 'bomb.txt' unpacks to over 100 times its packed size");
    }

    @Test
    void oneEntryOverTheLimitIsRefused() {
        byte[] noise = new byte[300_000];
        new Random(1).nextBytes(noise);
        Path zip = Zips.of().add("big.txt", noise).write(dir.resolve("big.zip"));

        assertThat(refusal(new BundleReader(new BundleReader.Limits(1 << 20, 10, 100_000, 1 << 20, 100)), zip))
                .contains("the entry 'big.txt' unpacks to more than 100000 bytes");
    }

    @Test
    void manySmallEntriesOverTheTotalAreRefused() {
        Zips zips = Zips.of();
        byte[] noise = new byte[40_000];
        for (int i = 0; i < 5; i++) {
            new Random(i).nextBytes(noise);
            zips.add("p" + i + ".txt", noise.clone());
        }
        Path zip = zips.write(dir.resolve("many.zip"));

        assertThat(refusal(new BundleReader(new BundleReader.Limits(1 << 20, 10, 100_000, 150_000, 100)), zip))
                .contains("the bundle unpacks to more than 150000 bytes");
    }

    @Test
    void tooManyEntriesAreRefusedBeforeUnpacking() {
        Zips zips = Zips.of();
        for (int i = 0; i < 20; i++) {
            zips.add("p" + i + ".txt", "x");
        }
        Path zip = zips.write(dir.resolve("count.zip"));

        assertThat(refusal(new BundleReader(new BundleReader.Limits(1 << 20, 10, 100_000, 1 << 20, 100)), zip))
                .contains("it lists 20 entries; a bundle may hold at most 10");
    }

    @Test
    void aBundleFileOverTheLimitIsNotEvenRead() {
        byte[] noise = new byte[200_000];
        new Random(2).nextBytes(noise);
        Path zip = Zips.of().add("p.txt", noise).write(dir.resolve("huge.zip"));

        assertThat(refusal(new BundleReader(new BundleReader.Limits(100_000, 10, 1 << 20, 1 << 20, 100)), zip))
                .contains("the bundle is too large");
    }

    /** Writes 10 bytes as every size in the central directory: the reader must not believe it. */
    private static void forgeSizes(Path zip) {
        try {
            byte[] bytes = java.nio.file.Files.readAllBytes(zip);
            for (int at = 0; at + 46 < bytes.length; at++) {
                if (bytes[at] == 0x50 && bytes[at + 1] == 0x4b && bytes[at + 2] == 0x01 && bytes[at + 3] == 0x02) {
                    for (int field : new int[] {20, 24}) {
                        bytes[at + field] = 10;
                        bytes[at + field + 1] = 0;
                        bytes[at + field + 2] = 0;
                        bytes[at + field + 3] = 0;
                    }
                }
            }
            java.nio.file.Files.write(zip, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
