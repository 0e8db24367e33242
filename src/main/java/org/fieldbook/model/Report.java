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

    /** Footnote numbers cited by a marker anywhere in the text (headings and paragraphs). */
    public Set<Integer> citedNumbers() {
        Set<Integer> cited = new TreeSet<>();
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

    public int paragraphCount() {
        return sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
    }
}
