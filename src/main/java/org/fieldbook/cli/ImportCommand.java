package org.fieldbook.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldbook.importer.FileOutcome;
import org.fieldbook.library.LibraryLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code fieldbook import FILE...}: check, then import each good file in one transaction. It
 * holds the library's lock while it imports: while a Fieldbook window has the library open,
 * it waits a few seconds, then refuses (exit 3), so that no window shows a library that
 * changed under it.
 */
@Command(name = "import", description = {"Check, then import each file in one transaction.",
        "A file with errors imports nothing; re-importing the same report replaces it.",
        "A catalogue file replaces the mine-type catalogue, and every mention is found again.",
        "A .zip bundle is imported whole (all its .txt and .json files in one transaction) or not at all.",
        "Exits 1 if any file had errors, 3 if the library is open in a Fieldbook window."})
final class ImportCommand implements Callable<Integer> {
    /** Long enough for a window that is closing, or a short import, to let go. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(5);

    @ParentCommand
    private FieldbookCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Profile texts (.txt), catalogue files (.json), or .zip bundles.")
    private List<Path> files;

    @Override
    public Integer call() {
        FileOutcomePrinter printer = new FileOutcomePrinter(parent.out(), parent.err());
        try (LibraryLock lock = LibraryLock.acquire(parent.libraryFile(), "import", LOCK_WAIT)) {
            List<FileOutcome> outcomes = parent.context().importService()
                    .importFiles(files, (done, total, outcome) -> printer.print(outcome, "imported", "not imported"),
                            () -> false);
            return FileOutcomePrinter.exitStatus(outcomes);
        }
    }
}
