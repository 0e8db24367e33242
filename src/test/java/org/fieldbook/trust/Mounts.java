package org.fieldbook.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real file-system faults for the damaged-library tests: a small tmpfs that fills up, and
 * read-only bind mounts (as root, a read-only permission bit stops nobody). Needs root, as
 * CI is; elsewhere the tests that need it are skipped by an assumption, and say so.
 */
public final class Mounts {
    private Mounts() {
    }

    /** Whether this process may mount (root, and a kernel that lets it). */
    public static boolean available() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        try {
            Path probe = Files.createTempDirectory("fieldbook-mount-probe");
            boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.toString());
            if (mounted) {
                run("umount", probe.toString());
            }
            Files.deleteIfExists(probe);
            return mounted;
        } catch (IOException e) {
            return false;
        }
    }

    /** Mounts a tmpfs of {@code size} (e.g. "2m") on the folder {@code dir}. */
    public static void tmpfs(Path dir, String size) throws IOException {
        Files.createDirectories(dir);
        require(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()), "mount tmpfs on " + dir);
    }

    /** Makes {@code path} (a file or a folder) read-only for everyone, root included, by a bind mount. */
    public static void readOnly(Path path) throws IOException {
        require(run("mount", "--bind", path.toString(), path.toString()), "bind " + path);
        require(run("mount", "-o", "remount,ro,bind", path.toString()), "remount read-only " + path);
    }

    /** Unmounts; when a test's open window still holds a file there, detaches it lazily instead. */
    public static void unmount(Path path) {
        if (!run("umount", path.toString())) {
            run("umount", "-l", path.toString());
        }
    }

    private static void require(boolean done, String what) throws IOException {
        if (!done) {
            throw new IOException("could not " + what);
        }
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
