package org.fieldbook.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldbook.AppContext;
import org.fieldbook.importer.FileOutcome;
import org.fieldbook.importer.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fieldbook check FILE...}: validate profile files without touching the library. */
@Command(name = "check", description = {"Validate profile texts and catalogue files; prints",
        "FILE:LINE: error|warning|info: message. Exits 0 with warnings only, 1 if any",
        "file has an error. Designations the catalogue lacks (MON-150, PMA-3) are",
        "listed as info; they are compared with the bundled catalogue, or with the",
        "catalogue of the library named by --library."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private FieldbookCommand parent;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Profile texts (.txt), catalogue files (.json), or .zip bundles.")
    private List<Path> files;

    @Override
    public Integer call() {
        // without --library, check touches no library: the same answer on every machine
        ImportService checker = parent.libraryGiven() ? parent.context().libraryChecker() : AppContext.checker();
        FileOutcomePrinter printer = new FileOutcomePrinter(parent.out(), parent.err());
        List<FileOutcome> outcomes = checker.checkFiles(files, (done, total, outcome) -> printer.print(outcome, "ok,", "has errors"));
        return FileOutcomePrinter.exitStatus(outcomes);
    }
}
