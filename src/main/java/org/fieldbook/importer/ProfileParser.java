package org.fieldbook.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.fieldbook.importer.TextDecoder.Decoded;
import org.fieldbook.model.Block;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.Section;

/**
 * Reads a Monitor profile text into a {@link Report}, losing nothing: every non-blank line
 * becomes exactly one block (title, heading, paragraph or chrome) or belongs to exactly one
 * footnote, so that {@link ProfileWriter} gives the file's non-blank lines back in order.
 *
 * <p>The file is, in order: chrome and the title block (country line and profile type line,
 * or "Country, Profile Type" on one line, then an optional "Last updated" line); the body, one
 * block per non-blank line; the footnote list, from the first line that starts with a marker
 * such as {@code [1]}; and a trailer of chrome after the last entry.
 *
 * <p><b>Heading rule.</b> A body line is a heading when, with its footnote markers removed and
 * trimmed (no-break spaces included), it has at most 80 characters and at most 10 words, starts
 * with an upper-case letter or a digit, contains a letter, does not end with {@code . ! ? ; : ,}
 * or an ellipsis (closing quotes and brackets after them count as that ending), and contains no
 * sentence break: a {@code .}, {@code !} or {@code ?} followed by a space and a capital, except
 * after a one-letter initial as in "U.S. Policy". Lines that are chrome are never headings:
 * navigation ({@code <...>}), lines with no letter or digit, lines with a TAB inside (overview
 * tables), "Jump to a specific section of the profile:" and the {@code |} list after it or any
 * list of short {@code |}-separated items, and a lone "Footnotes" just before the list. Every
 * other body line is a paragraph; paragraphs before the first heading form a section without one.
 *
 * <p>Markers are {@code [N]} with one to three digits and at most one space inside on either
 * side; other bracketed text stays text. Markers are not looked for inside footnotes.
 *
 * <p>Instances hold no state between files and may be shared between threads.
 */
public final class ProfileParser {
    /** Files larger than this are refused before they are read. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public ProfileParser() {
    }

    /**
     * Reads and parses a file; never throws for bad content (problems instead), and an I/O
     * failure is a problem too. Problems name the file as given (the path a user typed);
     * the report's source is its file name.
     */
    public ParseResult parse(Path file) {
        InputFile input = InputFile.read(file);
        if (!input.isReadable()) {
            return failed(input.problem());
        }
        return namedAs(file.toString(), parse(input.name(), input.content()));
    }

    static ParseResult namedAs(String shown, ParseResult result) {
        return new ParseResult(result.report(), result.problems().stream()
                .map(p -> new Problem(shown, p.line(), p.severity(), p.message())).toList());
    }

    /** Parses content already read; fileName is used in problems and as Report.sourceFile. */
    public ParseResult parse(String fileName, byte[] content) {
        Decoded decoded = TextDecoder.decode(fileName, content);
        if (decoded.problem() != null) {
            return failed(decoded.problem());
        }
        List<String> lines = decoded.lines();
        TitleBlock title = TitleBlock.read(fileName, lines);
        if (title.country() == null || title.profileType() == null) {
            return new ParseResult(null, title.problems());
        }
        int footnotesStart = FootnoteList.start(lines, title.next());
        int bodyEnd = footnotesStart < 0 ? lines.size() : footnotesStart;
        BodyReader body = BodyReader.read(lines, title.next(), bodyEnd, footnotesStart >= 0);
        FootnoteList footnotes = footnotesStart < 0 ? null : FootnoteList.read(fileName, lines, footnotesStart);

        List<Block> preamble = new ArrayList<>(title.blocks());
        preamble.addAll(body.preamble());
        List<Footnote> notes = footnotes == null ? List.of() : footnotes.footnotes();
        List<Block> trailer = footnotes == null ? List.of() : footnotes.trailer();

        List<Problem> problems = new ArrayList<>(title.problems());
        if (footnotes != null) {
            problems.addAll(footnotes.problems());
        }
        problems.addAll(citationProblems(fileName, preamble, body.sections(), trailer, notes));
        problems.sort(Comparator.comparingInt(Problem::line));
        if (!title.isComplete() || problems.stream().anyMatch(Problem::isError)) {
            return new ParseResult(null, problems);
        }
        Report report = new Report(ReportId.of(title.country(), title.profileType(), title.year()),
                title.country(), title.profileType(), title.year(), title.lastUpdated(), fileName, null,
                preamble, body.sections(), notes, trailer);
        return new ParseResult(report, problems);
    }

    /** Markers citing no footnote text, and footnotes that no marker cites. */
    private static List<Problem> citationProblems(String file, List<Block> preamble, List<Section> sections,
                                                  List<Block> trailer, List<Footnote> footnotes) {
        Map<Integer, Integer> firstCitation = new LinkedHashMap<>();
        Stream<Block> sectionBlocks = sections.stream()
                .flatMap(s -> s.heading() == null ? s.blocks().stream() : Stream.concat(Stream.of(s.heading()),
                        s.blocks().stream()));
        Stream.of(preamble.stream(), sectionBlocks, trailer.stream()).flatMap(s -> s).forEach(block -> {
            for (Marker marker : block.markers()) {
                firstCitation.putIfAbsent(marker.number(), block.line());
            }
        });
        Set<Integer> numbers = new TreeSet<>();
        footnotes.forEach(f -> numbers.add(f.number()));
        List<Problem> problems = new ArrayList<>();
        firstCitation.forEach((number, line) -> {
            if (!numbers.contains(number)) {
                problems.add(Problem.warning(file, line, "footnote [" + number + "] is cited but has no text in the source"));
            }
        });
        Set<Integer> reported = new TreeSet<>();
        for (Footnote footnote : footnotes) {
            if (!firstCitation.containsKey(footnote.number()) && reported.add(footnote.number())) {
                problems.add(Problem.warning(file, footnote.line(), "footnote [" + footnote.number() + "] is never cited"));
            }
        }
        return problems;
    }

    private static ParseResult failed(Problem problem) {
        return new ParseResult(null, List.of(problem));
    }
}
