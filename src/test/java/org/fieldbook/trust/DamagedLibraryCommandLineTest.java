package org.fieldbook.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fieldbook.cli.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of damaged library, given to the command line: it says what is wrong and where,
 * exits 3, and leaves the file (and its folder) exactly as it was.
 */
class DamagedLibraryCommandLineTest {
    @TempDir
    Path dir;

    /** Every file in the folder with its bytes: what "not modified" is checked against. */
    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    static final String[][] COMMANDS = {{"list"}, {"search", "stockpile"}, {"dump", TrustFixtures.SEED_ID},
        {"import", TrustFixtures.SEED.toString()}};

    /** Every command (list, search, dump, import) exits 3 saying {@code says}, and nothing in the folder changes. */
    void assertRefusedUnchanged(Path library, String says) throws IOException {
        assertRefusedUnchanged(library, says, COMMANDS);
    }

    void assertRefusedUnchanged(Path library, String says, String[]... commands) throws IOException {
        Map<String, byte[]> before = snapshot(library.getParent());
        for (String[] command : commands) {
            String[] args = Stream.concat(Stream.of("--library", library.toString()), Stream.of(command))
                    .toArray(String[]::new);
            CommandLineRun run = CommandLineRun.of(args);
            assertThat(run.status()).as("%s: %s", command[0], run.err()).isEqualTo(3);
            assertThat(run.err()).as(command[0]).contains(library.toString(), says).doesNotContain("Exception", "\tat ");
            // import takes the lock before it opens the library, so its lock file may appear; nothing else
            assertThat(snapshot(library.getParent()).keySet()).as("%s adds no file", command[0])
                    .filteredOn(name -> !name.endsWith(".lock")).isEqualTo(List.copyOf(before.keySet()));
            assertThat(snapshot(library.getParent()).get(library.getFileName().toString()))
                    .as("%s leaves the library's bytes as they were", command[0])
                    .isEqualTo(before.get(library.getFileName().toString()));
        }
        System.out.printf("TRUST damaged library (%s) on the command line: %d commands refused, exit 3, unchanged%n",
                says, commands.length);
    }

    @Test
    void aTruncatedLibrary() throws IOException {
        assertRefusedUnchanged(DamagedLibraries.truncated(dir.resolve("library.sqlite"), 0.6), "is damaged: it is cut off");
        assertRefusedUnchanged(DamagedLibraries.truncatedAtAPage(dir.resolve("at-a-page/library.sqlite")),
                "its header says");
    }

    @Test
    void aFileOfRandomBytes() throws IOException {
        assertRefusedUnchanged(DamagedLibraries.randomBytes(dir.resolve("library.sqlite"), 7),
                "not an SQLite database");
    }

    @Test
    void aLibraryWhosePagesWereOverwritten() throws IOException {
        assertRefusedUnchanged(DamagedLibraries.randomPages(dir.resolve("library.sqlite"), 7), "damaged");
    }

    @Test
    void aLibraryFromANewerFieldbookIsNeverDowngraded() throws Exception {
        assertRefusedUnchanged(DamagedLibraries.newerVersion(dir.resolve("library.sqlite")),
                "made by a newer Fieldbook (library version 99");
    }

    @Test
    void theDatabaseOfAnotherProgram() throws Exception {
        assertRefusedUnchanged(DamagedLibraries.otherProgram(dir.resolve("library.sqlite")),
                "the SQLite database of another program");
    }

    @Test
    void aReadOnlyLibraryFileIsReadButNotWritten() throws Exception {
        assumeTrue(Mounts.available(), "needs root to make a file read-only for root (CI runs as root)");
        Path file = DamagedLibraries.real(dir.resolve("file/library.sqlite"));
        byte[] before = Files.readAllBytes(file);
        Mounts.readOnly(file);
        try {
            for (String[] command : new String[][] {{"list"}, {"search", "stockpile"}, {"dump", TrustFixtures.SEED_ID}}) {
                String[] args = Stream.concat(Stream.of("--library", file.toString()), Stream.of(command))
                        .toArray(String[]::new);
                assertThat(CommandLineRun.of(args).status()).as(command[0]).isZero();
            }
            assertRefusedUnchanged(file, "the library file cannot be written (it is read-only)",
                    new String[] {"import", TrustFixtures.SEED.toString()});
        } finally {
            Mounts.unmount(file);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aReadOnlyFolder() throws Exception {
        assumeTrue(Mounts.available(), "needs root to make a folder read-only for root (CI runs as root)");
        Path folder = DamagedLibraries.real(dir.resolve("folder/library.sqlite")).getParent();
        Mounts.readOnly(folder);
        try {
            assertRefusedUnchanged(folder.resolve("library.sqlite"), "folder");
        } finally {
            Mounts.unmount(folder);
        }
    }

    @Test
    void aFullDiskLeavesNoHalfLibraryAndAWholeOne() throws Exception {
        assumeTrue(Mounts.available(), "needs root to mount a small tmpfs (CI runs as root)");
        Path disk = dir.resolve("disk");
        Mounts.tmpfs(disk, "2m");
        try {
            Path filler = disk.resolve("filler.bin");
            Files.write(filler, new byte[2 * 1024 * 1024 - 64 * 1024]);
            Path library = disk.resolve("library.sqlite");
            CommandLineRun run = CommandLineRun.of("--library", library.toString(), "list");
            assertThat(run.status()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).contains("the disk is full", library.toString());
            assertThat(library).as("no half-made library is left to pass for a real one").doesNotExist();

            Files.delete(filler);
            assertThat(CommandLineRun.of("--library", library.toString(), "list").status()).isZero();
            List<Path> copies = TrustFixtures.seedCopies(dir.resolve("copies"), 1900, 40);
            long free = Files.getFileStore(disk).getUsableSpace();
            Files.write(filler, new byte[(int) Math.max(0, free - 300 * 1024)]);
            String[] args = Stream.concat(Stream.of("--library", library.toString(), "import"),
                    copies.stream().map(Path::toString)).toArray(String[]::new);
            CommandLineRun full = CommandLineRun.of(args);
            assertThat(full.status()).as(full.err()).isEqualTo(3);
            assertThat(full.err()).contains("the disk is full");
            Files.delete(filler);

            assertThat(LibraryLook.integrity(library)).isEqualTo("ok");
            long imported = LibraryLook.count(library, "report") - 1;
            assertThat(imported).as("some files went in before the disk filled").isBetween(1L, 39L);
            for (int year = 1900; year < 1900 + imported; year++) {
                CommandLineRun dump = CommandLineRun.of("--library", library.toString(), "dump",
                        TrustFixtures.idOfYear(year));
                assertThat(TrustFixtures.nonBlankLines(dump.out()))
                        .isEqualTo(TrustFixtures.nonBlankLines(TrustFixtures.seedOfYear(year)));
            }
            System.out.printf("TRUST full disk: new library refused and removed; import stopped after %d of 40 "
                    + "files, each whole, 0 lost%n", imported);
        } finally {
            Mounts.unmount(disk);
        }
    }
}
