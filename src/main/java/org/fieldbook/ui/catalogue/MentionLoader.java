package org.fieldbook.ui.catalogue;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.fieldbook.catalogue.CatalogueService;
import org.fieldbook.model.Mention;
import org.fieldbook.model.MineType;
import org.fieldbook.model.PassageKind;
import org.fieldbook.model.Snippet;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.UiExecutor;

/** Loads the mentions of the selected entry in the background; a newer selection cancels the older load. */
final class MentionLoader {
    /** Mentions listed at most; the status gives the full count. */
    static final int LIMIT = 500;
    private static final Logger LOG = Logger.getLogger(MentionLoader.class.getName());

    private final CatalogueService service;
    private final UiExecutor executor;
    private final Messages messages;
    private final ObservableList<MentionItem> items;
    private final StringProperty status;
    private UiExecutor.Job running;

    MentionLoader(CatalogueService service, UiExecutor executor, Messages messages, ObservableList<MentionItem> items,
                  StringProperty status) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.items = items;
        this.status = status;
    }

    void load(MineType entry) {
        if (running != null) {
            running.cancel();
        }
        items.clear();
        if (entry == null) {
            status.set("");
            return;
        }
        status.set(messages.get("catalogue.mentions.loading"));
        running = executor.submit(progress -> service.mentions(entry.name(), LIMIT + 1),
                found -> show(entry, found), failure -> {
                    LOG.log(Level.WARNING, "cannot read the mentions of " + entry.name(), failure);
                    status.set(messages.get("catalogue.mentions.failed", failure.getMessage()));
                });
    }

    private void show(MineType entry, List<Mention> found) {
        List<Mention> shown = found.subList(0, Math.min(LIMIT, found.size()));
        items.setAll(shown.stream().map(this::item).toList());
        long reports = shown.stream().map(Mention::reportId).distinct().count();
        if (found.isEmpty()) {
            status.set(messages.get("catalogue.mentions.none", entry.name()));
        } else if (found.size() > LIMIT) {
            status.set(messages.get("catalogue.mentions.limit", LIMIT));
        } else {
            status.set(messages.get("catalogue.mentions.count", found.size(), reports));
        }
    }

    private MentionItem item(Mention mention) {
        String where = mention.kind() == PassageKind.FOOTNOTE
                ? messages.get("search.footnote", mention.footnoteNumber())
                : mention.sectionTitle() == null ? messages.get("section.untitled") : mention.sectionTitle();
        String place = messages.get("search.place", mention.country(), mention.profileType(),
                String.valueOf(mention.year()), where);
        return new MentionItem(mention, place, Snippet.around(mention.text(), mention.ranges()));
    }
}
