package org.fieldbook.library;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.fieldbook.storage.StorageException;

/**
 * Who works on a library: the window holds {@code library.sqlite.lock} for as long as it is
 * open, and {@code import} on the command line for as long as it imports. SQLite keeps the
 * file whole by itself (WAL, busy timeout); this lock keeps two users apart, so that no window
 * shows a library that changes under it. Read-only commands (list, dump, search, check) take
 * no lock. The lock file says who holds it and is never deleted (deleting lock files races).
 */
public final class LibraryLock implements AutoCloseable {
    /** Where the lock is taken: past the holder text, so that the text stays readable on every system. */
    private static final long LOCK_POSITION = 1L << 30;
    private static final Duration POLL = Duration.ofMillis(100);

    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file beside a library file. */
    public static Path lockFile(Path library) {
        return library.resolveSibling(library.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code library}, waiting up to {@code wait} while another Fieldbook holds it.
     *
     * @param holder who takes it, in words ("window", "import"), written into the lock file
     * @throws LibraryInUseException when another Fieldbook still holds it after {@code wait}
     * @throws StorageException      when the lock file cannot be made (a read-only folder)
     */
    public static LibraryLock acquire(Path library, String holder, Duration wait) {
        Path file = lockFile(library.toAbsolutePath());
        FileChannel channel = open(file, library);
        Instant deadline = Instant.now().plus(wait);
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    describe(channel, holder);
                    return new LibraryLock(channel, lock);
                }
                if (!Instant.now().isBefore(deadline)) {
                    String current = holderOf(file);
                    channel.close();
                    throw new LibraryInUseException("The library " + library + " is in use by another Fieldbook"
                            + (current.isEmpty() ? "" : " (" + current + ")") + ".");
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StorageException("Could not take the lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            throw new LibraryInUseException("Stopped while waiting for the library " + library + ".");
        }
    }

    private static FileChannel open(Path file, Path library) {
        try {
            Files.createDirectories(file.getParent());
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            boolean denied = e instanceof AccessDeniedException || String.valueOf(e.getMessage()).contains("Read-only");
            throw new StorageException(denied ? StorageException.Reason.READ_ONLY : StorageException.Reason.OTHER,
                    "Cannot write in the folder " + file.getParent() + " (" + (denied ? "it is read-only"
                            : e.getClass().getSimpleName() + ": " + e.getMessage()) + "), so the library "
                            + library + " cannot be used.", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null;  // held by this very process (a second window in one JVM, a test)
        }
    }

    private static void describe(FileChannel channel, String holder) throws IOException {
        String text = holder + ", process " + ProcessHandle.current().pid() + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** Who holds the lock, as its holder wrote it ("window, process 1234, since ..."), or "". */
    static String holderOf(Path lockFile) {
        try {
            byte[] bytes = Files.readAllBytes(lockFile);
            return new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the failure being reported matters more
        }
    }

    /** Releases the lock; the file stays. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StorageException("Could not release the library lock: " + e.getMessage(), e);
        }
    }
}
