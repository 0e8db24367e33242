package org.fieldbook.cli;

import java.util.concurrent.Callable;
import org.fieldbook.model.ReportId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fieldbook dump ID}: the report rebuilt from what the library stores. */
@Command(name = "dump", description = "Print the report rebuilt from the library.")
final class DumpCommand implements Callable<Integer> {
    @ParentCommand
    private FieldbookCommand parent;

    @Parameters(paramLabel = "ID", converter = ReportIdConverter.class,
            description = "Report id, e.g. russian-federation/mine-ban-policy/2021 (see 'list').")
    private ReportId id;

    @Override
    public Integer call() {
        parent.out().print(parent.context().libraryService().dump(id));
        parent.out().flush();
        return 0;
    }
}
