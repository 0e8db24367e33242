package org.fieldbook.ui.reader;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Report;
import org.fieldbook.model.Section;
import org.fieldbook.ui.common.Messages;

/**
 * A report laid out for reading, one line per paragraph of the reader: a title, a line of
 * facts, then each section's heading and blocks. Lines remember where they came from, so
 * that the reader can map a position back to a section, a paragraph and a footnote marker.
 * Plain data: built and tested without JavaFX.
 */
public final class ReaderDocument {
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** What a line is, for its style. */
    public enum Role { TITLE, META, HEADING, PARAGRAPH, CHROME }

    /**
     * One line of the reader. {@code section} is -1 for the title lines; {@code paragraph}
     * is the index in the section's blocks, or -1 for the heading and title lines.
     */
    public record Line(Role role, String text, List<Marker> markers, int section, int paragraph) {
        public Line {
            markers = List.copyOf(markers);
        }
    }

    /** A place that cites a footnote: the reader line and the marker in it. */
    public record Citation(int line, Marker marker, int section, int paragraph) {
    }

    private final Report report;
    private final List<Line> lines;

    private ReaderDocument(Report report, List<Line> lines) {
        this.report = report;
        this.lines = List.copyOf(lines);
    }

    /** Lays a report out for reading. */
    public static ReaderDocument of(Report report, Messages messages) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Role.TITLE, report.country(), List.of(), -1, -1));
        String facts = report.lastUpdatedDate()
                .map(date -> messages.get("reader.facts.updated", report.profileType(), String.valueOf(report.year()),
                        LONG_DATE.format(date)))
                .orElseGet(() -> messages.get("reader.facts", report.profileType(), String.valueOf(report.year())));
        lines.add(new Line(Role.META, facts, List.of(), -1, -1));
        for (Block block : report.preamble()) {
            if (block.kind() == BlockKind.CHROME) {
                lines.add(new Line(Role.CHROME, block.text(), block.markers(), -1, -1));
            }
        }
        for (Section section : report.sections()) {
            if (section.heading() != null) {
                lines.add(new Line(Role.HEADING, section.heading().text().strip(), shifted(section.heading()),
                        section.ordinal(), -1));
            }
            List<Block> blocks = section.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                Role role = block.kind() == BlockKind.CHROME ? Role.CHROME : Role.PARAGRAPH;
                lines.add(new Line(role, block.text(), block.markers(), section.ordinal(), i));
            }
        }
        return new ReaderDocument(report, lines);
    }

    /** Heading text is shown stripped of leading spaces; markers move with it. */
    private static List<Marker> shifted(Block heading) {
        int lead = heading.text().length() - heading.text().stripLeading().length();
        return heading.markers().stream().map(m -> new Marker(m.number(), m.start() - lead, m.end() - lead)).toList();
    }

    /** A date as the reader writes it: "17 November 2021". */
    public static String formatDate(java.time.LocalDate date) {
        return LONG_DATE.format(date);
    }

    public Report report() {
        return report;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The reader line where a section starts (its heading, or its first block). */
    public int lineOfSection(int section) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).section() == section) {
                return i;
            }
        }
        return 0;
    }

    /** The reader line of a paragraph of a section ({@code -1}: the section's start). */
    public int lineOf(int section, int paragraph) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.section() == section && (paragraph < 0 || line.paragraph() == paragraph)) {
                return i;
            }
        }
        return lineOfSection(section);
    }

    /** The section shown at a reader line (the first section for the title lines). */
    public int sectionAt(int line) {
        for (int i = Math.min(line, lines.size() - 1); i >= 0; i--) {
            if (lines.get(i).section() >= 0) {
                return lines.get(i).section();
            }
        }
        return report.sections().isEmpty() ? 0 : report.sections().get(0).ordinal();
    }

    /** The footnote marker at a column of a line, if the column is on one. */
    public Optional<Marker> markerAt(int line, int column) {
        if (line < 0 || line >= lines.size()) {
            return Optional.empty();
        }
        return lines.get(line).markers().stream()
                .filter(m -> column >= m.start() && column < m.end())
                .findFirst();
    }

    /** Every place that cites footnote {@code number}, in reading order. */
    public List<Citation> citationsOf(int number) {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            for (Marker marker : line.markers()) {
                if (marker.number() == number) {
                    citations.add(new Citation(i, marker, line.section(), line.paragraph()));
                }
            }
        }
        return citations;
    }

    /** The footnote numbers cited between two positions (line, column), in order, without repeats. */
    public List<Integer> citedBetween(int fromLine, int fromColumn, int toLine, int toColumn) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = Math.max(0, fromLine); i <= toLine && i < lines.size(); i++) {
            for (Marker marker : lines.get(i).markers()) {
                boolean afterStart = i > fromLine || marker.end() > fromColumn;
                boolean beforeEnd = i < toLine || marker.start() < toColumn;
                if (afterStart && beforeEnd && !numbers.contains(marker.number())) {
                    numbers.add(marker.number());
                }
            }
        }
        return numbers;
    }
}
