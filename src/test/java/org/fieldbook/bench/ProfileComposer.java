package org.fieldbook.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Lays out one generated profile in the Monitor's text format, with the variety DESIGN.md
 * lists: navigation chrome, country in capitals or as a slug, one-line "Country, Landmine
 * Monitor Report 2003" titles, the "Last updated" line in several spellings or missing,
 * "Jump to" menus and overview tables, headings missing, with markers or trailing spaces,
 * stray lines, and mirrored copies with single newlines; then the footnote list with
 * {@code [1] } or {@code [1]} labels, continuation lines, a cited footnote left out
 * (cited-missing) and footnotes never cited.
 */
final class ProfileComposer {
    private static final List<String> HEADINGS = List.of("Policy", "Use", "Production and transfer",
            "Stockpiling and destruction", "Mines retained for research and training", "Contamination",
            "Land release", "Casualties in %d", "Victim assistance", "Mine action program", "Risk education",
            "Transparency reporting", "Universalization", "Support for mine action", "Clearance in %d",
            "Survey and clearance of cluster munition remnants", "Compliance with Article 5", "Legislation",
            "International cooperation and assistance", "Planning and coordination", "Cluster munition casualties",
            "Deadline and extension request", "Quality management", "Program management");

    private final SplittableRandom random;
    private final CorpusIds.Subject subject;
    private final int targetChars;
    private final List<String> body = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private ProseWriter prose;
    private Citations citations;

    ProfileComposer(SplittableRandom random, CorpusIds.Subject subject, int targetChars) {
        this.random = random;
        this.subject = subject;
        this.targetChars = targetChars;
    }

    /** The profile's text. */
    String compose(Vocabulary vocabulary) {
        int footnotes = random.nextDouble() < 0.08 ? 0
                : Math.min(120, (int) Math.round(targetChars / 8_000.0 * 22 * (0.5 + random.nextDouble())));
        citations = new Citations(footnotes);
        prose = new ProseWriter(vocabulary, random, citations);
        String navigation = random.nextDouble() < 0.2 ? navigation() : null;
        if (navigation != null) {
            body.add(navigation);
        }
        titleBlock();
        List<String> headings = headings();
        chromeAfterTitle(headings);
        sections(headings, Math.max(900, targetChars - footnotes * 130));
        footnoteList(footnotes);
        boolean mirrored = random.nextDouble() < 0.15;
        String text = String.join(mirrored ? "\n" : "\n\n", body);
        if (!notes.isEmpty()) {
            text += (mirrored ? "\n" : "\n\n") + String.join(mirrored || random.nextBoolean() ? "\n" : "\n\n", notes);
        }
        if (navigation != null && random.nextBoolean()) {
            text += "\n\n" + navigation;
        }
        return text + "\n";
    }

    private String navigation() {
        if (random.nextDouble() < 0.3) {
            return "<Previous | Next>";
        }
        List<String> countries = CorpusIds.COUNTRIES;
        String before = countries.get(random.nextInt(countries.size())).toUpperCase(Locale.ROOT);
        String after = countries.get(random.nextInt(countries.size())).toUpperCase(Locale.ROOT);
        return "<" + before + " | " + after + ">";
    }

    private void titleBlock() {
        double form = random.nextDouble();
        String country = form < 0.15 ? subject.country().toUpperCase(Locale.ROOT)
                : form < 0.25 ? subject.country().replace(' ', '_').replace('/', '_') : subject.country();
        if (subject.typeNamesYear() && random.nextBoolean()) {
            body.add(country + ", " + subject.typeTitle());
        } else {
            body.add(country);
            body.add(subject.typeTitle());
        }
        // the year of a report without one in its type comes from this date (or the file name)
        boolean dated = subject.typeNamesYear() ? random.nextDouble() < 0.3 : random.nextDouble() < 0.93;
        if (dated) {
            int year = subject.typeNamesYear() ? subject.year() + random.nextInt(2) : subject.year();
            body.add(lastUpdated(year));
        }
    }

    private String lastUpdated(int year) {
        int day = 1 + random.nextInt(28);
        String month = prose.month();
        return switch (random.nextInt(4)) {
            case 0 -> "Last updated: " + month + " " + day + ", " + year;
            case 1 -> "last updated " + day + " " + month + " " + year;
            case 2 -> "Last Updated: " + day + " " + month + " " + year;
            default -> "Last updated: " + day + " " + month + " " + year;
        };
    }

    private List<String> headings() {
        List<String> all = new ArrayList<>(HEADINGS);
        Collections.shuffle(all, new java.util.Random(random.nextLong()));
        int count = Math.max(1, Math.min(all.size(), targetChars / 1_400 + random.nextInt(3)));
        return all.subList(0, count).stream().map(h -> h.formatted(subject.year() - 1)).toList();
    }

    private void chromeAfterTitle(List<String> headings) {
        if (random.nextDouble() < 0.3) {
            body.add("Jump to a specific section of the profile:");
            body.add(String.join(" | ", headings.subList(0, Math.min(6, headings.size()))));
        }
        if (random.nextDouble() < 0.1) {
            body.add("Casualties in " + (subject.year() - 1) + "\t" + (10 + random.nextInt(900)) + " mine/ERW casualties");
            body.add("Land contaminated\t" + (1 + random.nextInt(500)) + " km²");
        }
    }

    private void sections(List<String> headings, int bodyChars) {
        int perSection = Math.max(200, bodyChars / headings.size());
        for (int s = 0; s < headings.size(); s++) {
            if (s > 0 || random.nextDouble() >= 0.1) {
                body.add(heading(headings.get(s)));
            }
            int written = 0;
            if (headings.get(s).startsWith("Stockpil") && random.nextDouble() < 0.5) {
                String figures = prose.stockpileParagraph(subject.country(), subject.year());
                body.add(figures);
                written += figures.length();
            }
            do {
                String paragraph = prose.paragraph(subject.country());
                body.add(paragraph);
                written += paragraph.length();
            } while (written < perSection);
            if (random.nextDouble() < 0.05) {
                body.add(random.nextBoolean() ? "*" : "\u00A0");
            }
        }
    }

    private String heading(String text) {
        double roll = random.nextDouble();
        if (roll < 0.05) {
            return text + (random.nextBoolean() ? " " : "") + citations.marker(random, 1.0);
        }
        return roll < 0.1 ? text + "   " : text;
    }

    private void footnoteList(int footnotes) {
        if (footnotes == 0) {
            return;
        }
        if (random.nextDouble() < 0.3) {
            notes.add("Footnotes");
        }
        // now and then a cited footnote's text is missing from the list, as [22] in the seed
        int missing = random.nextDouble() < 0.1 ? 1 + random.nextInt(footnotes) : -1;
        boolean tight = random.nextDouble() < 0.2;
        for (int number = 1; number <= footnotes; number++) {
            if (number == missing && citations.isCited(number)) {
                continue;
            }
            notes.add("[" + number + "]" + (tight ? "" : " ") + prose.footnote(subject.country()));
            if (random.nextDouble() < 0.03) {
                notes.add("The statement was delivered online [video link].");
            }
        }
    }
}
