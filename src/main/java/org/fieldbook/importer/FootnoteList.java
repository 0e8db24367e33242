package org.fieldbook.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Marker;

/**
 * The footnote list at the end of a profile. Every line that starts with a marker opens an
 * entry (its label is the marker with the spaces around it, as written); other lines continue
 * the entry before them. Navigation or stray lines after the last entry start the trailer,
 * which holds everything from there to the end of the file.
 */
final class FootnoteList {
    private final List<Footnote> footnotes = new ArrayList<>();
    private final List<Block> trailer = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private FootnoteList() {
    }

    /** Index of the first line at or after {@code from} that opens a footnote entry, or -1. */
    static int start(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (MarkerScanner.entryAt(lines.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the list that starts at line index {@code from} (an entry line) up to the end. */
    static FootnoteList read(String file, List<String> lines, int from) {
        FootnoteList list = new FootnoteList();
        int trailerStart = trailerStart(lines, from);
        Entry entry = null;
        for (int i = from; i < trailerStart; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Marker marker = MarkerScanner.entryAt(line);
            if (marker != null) {
                list.close(entry);
                int labelEnd = Whitespace.skip(line, marker.end());
                entry = new Entry(marker.number(), line.substring(0, labelEnd), i + 1);
                entry.text.append(line, labelEnd, line.length());
            } else {
                entry.text.append('\n').append(line);
            }
        }
        list.close(entry);
        for (int i = trailerStart; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                list.trailer.add(new Block(BlockKind.CHROME, line, MarkerScanner.scan(line), i + 1));
            }
        }
        list.checkEntries(file);
        return list;
    }

    List<Footnote> footnotes() {
        return footnotes;
    }

    List<Block> trailer() {
        return trailer;
    }

    /** Duplicate numbers (errors) and entries without text (warnings). */
    List<Problem> problems() {
        return problems;
    }

    private void close(Entry entry) {
        if (entry != null) {
            footnotes.add(new Footnote(entry.number, entry.label, entry.text.toString(), entry.line));
        }
    }

    private void checkEntries(String file) {
        Map<Integer, Integer> firstLine = new HashMap<>();
        for (Footnote footnote : footnotes) {
            Integer first = firstLine.putIfAbsent(footnote.number(), footnote.line());
            if (first != null) {
                problems.add(Problem.error(file, footnote.line(),
                        "footnote [" + footnote.number() + "] appears twice (first at line " + first + ")"));
            }
            if (Whitespace.trim(footnote.text()).isEmpty()) {
                problems.add(Problem.warning(file, footnote.line(), "footnote [" + footnote.number() + "] has no text"));
            }
        }
    }

    /** The first navigation or stray line after the last entry, or the end of the file. */
    private static int trailerStart(List<String> lines, int from) {
        int lastEntry = from;
        for (int i = lines.size() - 1; i > from; i--) {
            if (MarkerScanner.entryAt(lines.get(i)) != null) {
                lastEntry = i;
                break;
            }
        }
        for (int i = lastEntry + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && LineClassifier.isNavigationOrStray(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    /** An entry being read. */
    private static final class Entry {
        final int number;
        final String label;
        final int line;
        final StringBuilder text = new StringBuilder();

        Entry(int number, String label, int line) {
            this.number = number;
            this.label = label;
            this.line = line;
        }
    }
}
