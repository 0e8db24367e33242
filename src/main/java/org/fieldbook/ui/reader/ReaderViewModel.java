package org.fieldbook.ui.reader;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;
import org.fieldbook.model.TextRange;
import org.fieldbook.ui.common.Messages;

/**
 * The reader's state: the document shown, the section in view, where to scroll and what to
 * highlight. Scroll and highlight requests are new objects each time, so asking twice for
 * the same place still moves the view.
 */
public final class ReaderViewModel {

    /** Ask the view to bring a line to the top. */
    public record ScrollRequest(int line) {
    }

    /** Ranges of one line to show highlighted (a search match). */
    public record Highlight(int line, List<TextRange> ranges) {
    }

    private final ObjectProperty<ReaderDocument> document;
    private final IntegerProperty visibleSection;
    private final IntConsumer footnoteOpener;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<ScrollRequest> scrollRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>();

    /**
     * @param document       the document shown, owned by the main view model
     * @param visibleSection the section in view, shared with the tree and the footnote panel
     * @param footnoteOpener what a click on a marker does (select that footnote)
     */
    public ReaderViewModel(ObjectProperty<ReaderDocument> document, IntegerProperty visibleSection,
                           IntConsumer footnoteOpener, Messages messages) {
        this.document = document;
        this.visibleSection = visibleSection;
        this.footnoteOpener = footnoteOpener;
        this.messages = messages;
    }

    public ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return document;
    }

    public ReadOnlyIntegerProperty visibleSectionProperty() {
        return visibleSection;
    }

    public ReadOnlyObjectProperty<ScrollRequest> scrollRequestProperty() {
        return scrollRequest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** Brings a paragraph of a section ({@code -1}: its heading) into view. */
    public void show(int section, int paragraph) {
        ReaderDocument shown = document.get();
        if (shown != null) {
            visibleSection.set(section);
            scrollRequest.set(new ScrollRequest(shown.lineOf(section, paragraph)));
        }
    }

    /** Highlights, in a paragraph, every occurrence of the given terms (as matched by a search). */
    public void highlight(int section, int paragraph, List<String> terms) {
        ReaderDocument shown = document.get();
        if (shown == null) {
            return;
        }
        int line = shown.lineOf(section, paragraph);
        highlight.set(new Highlight(line, TermFinder.find(shown.lines().get(line).text(), terms)));
    }

    /** Highlights given ranges of a paragraph's text (a mention of a mine type), or of a heading's. */
    public void highlightRanges(int section, int paragraph, List<TextRange> ranges) {
        ReaderDocument shown = document.get();
        if (shown != null) {
            highlight.set(new Highlight(shown.lineOf(section, paragraph), List.copyOf(ranges)));
        }
    }

    public void clearHighlight() {
        highlight.set(null);
    }

    /**
     * The view scrolled and now shows lines {@code topLine..bottomLine}. While the line last
     * asked for is still in view, its section is the one in view (the last section may be
     * too short to reach the top); otherwise the line at the top decides.
     */
    public void scrolledTo(int topLine, int bottomLine) {
        ReaderDocument shown = document.get();
        if (shown == null) {
            return;
        }
        ScrollRequest asked = scrollRequest.get();
        boolean askedInView = asked != null && asked.line() >= topLine && asked.line() <= bottomLine;
        visibleSection.set(shown.sectionAt(askedInView ? asked.line() : topLine));
    }

    /** A click at a line and column: on a marker, opens its footnote. Returns whether it was one. */
    public boolean clicked(int line, int column) {
        ReaderDocument shown = document.get();
        if (shown == null) {
            return false;
        }
        Optional<Integer> number = shown.markerAt(line, column).map(m -> m.number());
        number.ifPresent(footnoteOpener::accept);
        return number.isPresent();
    }

    /** What a hover popup shows for the marker at a position, if there is one. */
    public Optional<String> footnotePreview(int line, int column) {
        ReaderDocument shown = document.get();
        if (shown == null) {
            return Optional.empty();
        }
        return shown.markerAt(line, column).map(marker -> shown.report().footnote(marker.number())
                .map(f -> "[" + f.number() + "] " + f.text())
                .orElse(messages.get("footnote.missing.preview", marker.number())));
    }

    /**
     * The selected text followed by its citation: country, profile, year, last-updated
     * date, section, and the footnotes the selection cites.
     */
    public String withCitation(String selectedText, int fromLine, int fromColumn, int toLine, int toColumn) {
        ReaderDocument shown = document.get();
        if (shown == null || selectedText.isBlank()) {
            return selectedText;
        }
        Report report = shown.report();
        StringBuilder text = new StringBuilder(selectedText.strip()).append("\n\n");
        String updated = report.lastUpdatedDate().map(ReaderDocument.LONG_DATE::format)
                .map(d -> messages.get("citation.updated", d)).orElse("");
        String section = sectionTitle(report, shown.sectionAt(fromLine));
        text.append(messages.get("citation.source", report.country(), report.profileType(),
                String.valueOf(report.year()), updated, section));
        for (int number : shown.citedBetween(fromLine, fromColumn, toLine, toColumn)) {
            text.append('\n').append('[').append(number).append("] ")
                .append(report.footnote(number).map(Footnote::text)
                        .orElse(messages.get("footnote.missing")));
        }
        return text.toString();
    }

    private String sectionTitle(Report report, int ordinal) {
        return report.sections().stream().filter(s -> s.ordinal() == ordinal).findFirst()
                .flatMap(Section::title).orElse(messages.get("section.untitled"));
    }

    /** Finds whole-word-ish, case-insensitive occurrences of terms in a text. */
    static final class TermFinder {
        private TermFinder() {
        }

        static List<TextRange> find(String text, List<String> terms) {
            String haystack = text.toLowerCase(Locale.ROOT);
            java.util.List<TextRange> ranges = new java.util.ArrayList<>();
            for (String term : terms) {
                String needle = term.toLowerCase(Locale.ROOT).strip();
                if (needle.isEmpty()) {
                    continue;
                }
                for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
                    ranges.add(new TextRange(at, at + needle.length()));
                }
            }
            ranges.sort(java.util.Comparator.comparingInt(TextRange::start));
            return List.copyOf(ranges);
        }
    }
}
