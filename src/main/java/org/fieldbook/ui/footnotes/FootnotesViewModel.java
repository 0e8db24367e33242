package org.fieldbook.ui.footnotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Section;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.reader.ReaderDocument;
import org.fieldbook.ui.reader.ReaderDocument.Citation;

/**
 * The footnote panel: every footnote of the open report, those cited in the section in
 * view first, each with the places that cite it. Footnotes cited but missing from the
 * source, and footnotes never cited, are listed too.
 */
public final class FootnotesViewModel {
    private final ObjectProperty<ReaderDocument> document;
    private final IntegerProperty visibleSection;
    private final ObjectProperty<Integer> selectedFootnote;
    private final BiConsumer<Integer, Integer> citationOpener;
    private final Messages messages;
    private final ObservableList<FootnoteItem> items = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a throw-away view would be dropped with it. */
    private final ObservableList<FootnoteItem> itemsView = FXCollections.unmodifiableObservableList(items);

    /**
     * @param selectedFootnote the footnote selected anywhere in the window (shared)
     * @param citationOpener   opens a citing place: (section, paragraph)
     */
    public FootnotesViewModel(ObjectProperty<ReaderDocument> document, IntegerProperty visibleSection,
                              ObjectProperty<Integer> selectedFootnote, BiConsumer<Integer, Integer> citationOpener,
                              Messages messages) {
        this.messages = messages;
        this.document = document;
        this.visibleSection = visibleSection;
        this.selectedFootnote = selectedFootnote;
        this.citationOpener = citationOpener;
        document.addListener((obs, old, now) -> rebuild());
        visibleSection.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    public ObservableList<FootnoteItem> items() {
        return itemsView;
    }

    public ReadOnlyObjectProperty<Integer> selectedFootnoteProperty() {
        return selectedFootnote;
    }

    /** The user picked a footnote in the panel. */
    public void select(Integer number) {
        selectedFootnote.set(number);
    }

    /** Goes to a place that cites a footnote. */
    public void openCitation(Citation citation) {
        citationOpener.accept(citation.section(), citation.paragraph());
    }

    /** How a citing place is named in the panel: "Use ¶2", or "Casualties (heading)". */
    public String describe(Citation citation) {
        ReaderDocument shown = document.get();
        String section = shown == null ? "" : shown.report().sections().stream()
                .filter(s -> s.ordinal() == citation.section()).findFirst()
                .flatMap(Section::title).orElse(messages.get("section.untitled"));
        return citation.paragraph() < 0 ? messages.get("footnotes.citation.heading", section)
                : messages.get("footnotes.citation", section, citation.paragraph() + 1);
    }

    private void rebuild() {
        ReaderDocument shown = document.get();
        if (shown == null) {
            items.clear();
            return;
        }
        Map<Integer, String> texts = new TreeMap<>();
        for (Footnote footnote : shown.report().footnotes()) {
            texts.put(footnote.number(), footnote.text());
        }
        for (Integer cited : shown.report().citedNumbers()) {
            texts.putIfAbsent(cited, null);
        }
        int section = visibleSection.get();
        List<FootnoteItem> built = new ArrayList<>(texts.size());
        texts.forEach((number, text) -> {
            List<Citation> citations = shown.citationsOf(number);
            boolean here = citations.stream().anyMatch(c -> c.section() == section);
            built.add(new FootnoteItem(number, text, citations, here));
        });
        built.sort(Comparator.comparing((FootnoteItem item) -> !item.inVisibleSection())
                .thenComparingInt(FootnoteItem::number));
        if (!built.equals(items)) {
            items.setAll(built);
        }
    }
}
