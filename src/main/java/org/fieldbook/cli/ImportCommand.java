package org.fieldbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldbook.importer.FileOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fieldbook import FILE...}: check, then import each good file in one transaction. */
@Command(name = "import", description = {"Check, then import each file in one transaction.",
        "A file with errors imports nothing; re-importing the same report replaces it.",
        "A catalogue file replaces the mine-type catalogue, and every mention is found again.",
        "Exits 1 if any file had errors."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private FieldbookCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Profile texts (.txt) or catalogue files (.json).")
    private List<Path> files;

    @Override
    public Integer call() {
        FileOutcomePrinter printer = new FileOutcomePrinter(parent.out(), parent.err());
        List<FileOutcome> outcomes = parent.context().importService()
                .importFiles(files, (done, total, outcome) -> printer.print(outcome, "imported", "not imported"), () -> false);
        return FileOutcomePrinter.exitStatus(outcomes);
    }
}
