package org.fieldbook.ui;

import java.nio.file.Path;
import org.fieldbook.AppContext;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UiExecutor;
import org.fieldbook.ui.main.MainViewModel;

/** A real library (filled with the bundled seed) under a temporary folder, and a view model on it. */
public final class Fixtures {
    public static final String SEED_ID = "russian-federation/mine-ban-policy/2021";
    public static final Path SEED = Path.of("resources/library/profiles/russian-federation-mine-ban-policy-2021.txt");

    private Fixtures() {
    }

    public static AppContext library(Path dir) {
        return AppContext.open(dir.resolve("library.sqlite"));
    }

    public static MainViewModel mainViewModel(AppContext context, UiExecutor executor) {
        return new MainViewModel(context.libraryService(), context.searchService(), context.importService(),
                context.catalogueService(), executor, Messages.english());
    }
}
