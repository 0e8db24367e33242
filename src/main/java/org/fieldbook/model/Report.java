package org.fieldbook.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A country profile as imported: its identity and title facts, and everything it holds in
 * source order (title block and any chrome before it, sections, the footnote list, and any
 * chrome after it), so that it can be written back line for line.
 *
 * @param lastUpdated the "Last updated" date, or null when the profile has none
 * @param sourceFile  the name of the file it was imported from
 * @param sourceUrl   where it was published, or null
 */
public record Report(ReportId id, String country, String profileType, int year, LocalDate lastUpdated,
                     String sourceFile, String sourceUrl, List<Block> preamble, List<Section> sections,
                     List<Footnote> footnotes, List<Block> trailer) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(profileType, "profileType");
        Objects.requireNonNull(sourceFile, "sourceFile");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
        trailer = List.copyOf(trailer);
    }

    public Optional<LocalDate> lastUpdatedDate() {
        return Optional.ofNullable(lastUpdated);
    }

    /** Footnote numbers cited by a marker anywhere outside the footnote list. */
    public Set<Integer> citedNumbers() {
        Set<Integer> cited = new TreeSet<>();
        preamble.forEach(b -> b.markers().forEach(m -> cited.add(m.number())));
        trailer.forEach(b -> b.markers().forEach(m -> cited.add(m.number())));
        for (Section section : sections) {
            if (section.heading() != null) {
                section.heading().markers().forEach(m -> cited.add(m.number()));
            }
            section.blocks().forEach(b -> b.markers().forEach(m -> cited.add(m.number())));
        }
        return cited;
    }

    public Optional<Footnote> footnote(int number) {
        return footnotes.stream().filter(f -> f.number() == number).findFirst();
    }

    /**
     * The section and index of the block at a report-wide block ordinal. Ordinals count the
     * preamble, then each section's heading (if any) and blocks, then the trailer; this is
     * the order in which the library stores and numbers them.
     */
    public Optional<BlockPosition> positionOfBlock(int ordinal) {
        int next = preamble.size();
        if (ordinal < next) {
            return Optional.empty();
        }
        for (Section section : sections) {
            if (section.heading() != null) {
                if (ordinal == next) {
                    return Optional.of(new BlockPosition(section.ordinal(), -1));
                }
                next++;
            }
            if (ordinal < next + section.blocks().size()) {
                return Optional.of(new BlockPosition(section.ordinal(), ordinal - next));
            }
            next += section.blocks().size();
        }
        return Optional.empty();
    }

    public int paragraphCount() {
        return sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
    }
}
