package org.fieldbook.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;
import org.fieldbook.model.Footnote;
import org.fieldbook.model.Marker;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportId;
import org.fieldbook.model.Section;

/** Hand-built reports for storage and search tests (the parser is tested on its own). */
public final class ReportFixtures {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+) ?]");

    private ReportFixtures() {
    }

    /** A report shaped like the seed profile: title block and chrome, a headless first section, markers, footnotes, trailer. */
    public static Report russia() {
        return builder("Russian Federation", "Mine Ban Policy", 2021)
                .lastUpdated(LocalDate.of(2021, 11, 17))
                .sourceUrl("https://the-monitor.org/en-gb/reports/2021/russian-federation/mine-ban-policy.aspx")
                .title("Russian Federation").title("Mine Ban Policy").title("Last updated: 17 November 2021")
                .preambleChrome("<RUSSIA | RWANDA>")
                .headless("The Russian Federation has not acceded to the Mine Ban Treaty.")
                .section("Policy",
                        "Russia said it “shares the goals of the treaty and supports a world free of mines,”[1] "
                                + "but views antipersonnel mines as an effective way of ensuring security.[2]")
                .chrome("Jump to a specific section of the profile: | Policy | Use |")
                .section("Stockpiling and destruction[3]",
                        "Russia has a stockpile of 26.5 million antipersonnel mines, including PMN-2 mines.[4]",
                        "Russia destroyed PFM-1S mines in 2012 ,[5] and POMZ-2 mines later.")
                .footnote(1, "Statement of Russia, UNGA First Committee, 2020.")
                .footnote(2, "Ibid.")
                .footnote(3, "Landmine Monitor Report 2009.\nSee also the Monitor’s Russia profile of 2010.")
                .footnote(4, "Email from the Ministry of Defence, stockpile figures, 2021.")
                .footnote(5, "CCW Amended Protocol II Article 13 report, Form B, 2013.")
                .trailerChrome("<Previous | Next>")
                .build();
    }

    public static Builder builder(String country, String profileType, int year) {
        return new Builder(country, profileType, year);
    }

    /** A block whose markers are found in its text, like {@code "a statement.[23]"}. */
    public static Block block(BlockKind kind, String text, int line) {
        List<Marker> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            markers.add(new Marker(Integer.parseInt(m.group(1)), m.start(), m.end()));
        }
        return new Block(kind, text, markers, line);
    }

    /** Builds a report in source order; line numbers count up from 1 as blocks are added. */
    public static final class Builder {
        private final String country;
        private final String profileType;
        private final int year;
        private ReportId id;
        private LocalDate lastUpdated;
        private String sourceUrl;
        private String sourceFile;
        private final List<Block> preamble = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Footnote> footnotes = new ArrayList<>();
        private final List<Block> trailer = new ArrayList<>();
        private Block heading;
        private List<Block> blocks;
        private int sectionOrdinal;
        private int line = 1;

        private Builder(String country, String profileType, int year) {
            this.country = country;
            this.profileType = profileType;
            this.year = year;
            this.id = ReportId.of(country, profileType, year);
            this.sourceFile = id.countrySlug() + "-" + id.profileSlug() + "-" + year + ".txt";
        }

        public Builder id(ReportId newId) {
            this.id = newId;
            return this;
        }

        public Builder lastUpdated(LocalDate date) {
            this.lastUpdated = date;
            return this;
        }

        public Builder sourceUrl(String url) {
            this.sourceUrl = url;
            return this;
        }

        public Builder sourceFile(String file) {
            this.sourceFile = file;
            return this;
        }

        public Builder title(String text) {
            preamble.add(block(BlockKind.TITLE, text, nextLine()));
            return this;
        }

        public Builder preambleChrome(String text) {
            preamble.add(block(BlockKind.CHROME, text, nextLine()));
            return this;
        }

        /** Starts a section with a heading (may carry a marker) and these paragraphs. */
        public Builder section(String headingText, String... paragraphs) {
            return section(sections.size() + (blocks == null ? 0 : 1), headingText, paragraphs);
        }

        /** Starts a section with an explicit ordinal (tests of broken input use it). */
        public Builder section(int ordinal, String headingText, String... paragraphs) {
            closeSection();
            heading = headingText == null ? null : block(BlockKind.HEADING, headingText, nextLine());
            blocks = new ArrayList<>();
            sectionOrdinal = ordinal;
            for (String paragraph : paragraphs) {
                blocks.add(block(BlockKind.PARAGRAPH, paragraph, nextLine()));
            }
            return this;
        }

        /** Starts a section without a heading. */
        public Builder headless(String... paragraphs) {
            return section(null, paragraphs);
        }

        /** Adds a chrome line to the current section. */
        public Builder chrome(String text) {
            blocks.add(block(BlockKind.CHROME, text, nextLine()));
            return this;
        }

        public Builder footnote(int number, String text) {
            closeSection();
            footnotes.add(new Footnote(number, "[" + number + "] ", text, nextLine()));
            line += (int) text.chars().filter(c -> c == '\n').count();
            return this;
        }

        public Builder trailerChrome(String text) {
            closeSection();
            trailer.add(block(BlockKind.CHROME, text, nextLine()));
            return this;
        }

        public Report build() {
            closeSection();
            return new Report(id, country, profileType, year, lastUpdated, sourceFile, sourceUrl, preamble, sections,
                    footnotes, trailer);
        }

        private void closeSection() {
            if (blocks != null) {
                sections.add(new Section(sectionOrdinal, heading, blocks));
                blocks = null;
                heading = null;
            }
        }

        private int nextLine() {
            int current = line;
            line += 2;
            return current;
        }
    }
}
