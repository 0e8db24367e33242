package org.fieldbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldbook.AppContext;
import org.fieldbook.importer.FileOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fieldbook check FILE...}: validate profile files without touching the library. */
@Command(name = "check", description = {"Validate profile files; prints FILE:LINE: error|warning: message.",
        "Exits 0 with warnings only, 1 if any file has an error."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private FieldbookCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Profile text files, or .zip bundles.")
    private List<Path> files;

    @Override
    public Integer call() {
        FileOutcomePrinter printer = new FileOutcomePrinter(parent.out(), parent.err());
        List<FileOutcome> outcomes = AppContext.checker()
                .checkFiles(files, (done, total, outcome) -> printer.print(outcome, "ok,", "has errors"));
        return FileOutcomePrinter.exitStatus(outcomes);
    }
}
