package org.fieldbook.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.model.Block;
import org.fieldbook.model.BlockKind;

/**
 * The title block at the top of a profile: the country, the profile type, the optional "Last
 * updated" date, the report year, the title lines themselves (with any chrome among them) and
 * where the body starts. Forms read: a country line then a profile type line, or both on one
 * line ("Tuvalu, Landmine Monitor Report 2003"); either may be followed by "Last updated".
 */
final class TitleBlock {
    private final String file;
    private final List<String> lines;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private String country;
    private String profileType;
    private int typeLine;
    private LocalDate lastUpdated;
    private Integer year;
    private int next;

    private TitleBlock(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Reads the title block of a file's lines; a failed read carries an error in {@link #problems()}. */
    static TitleBlock read(String file, List<String> lines) {
        TitleBlock title = new TitleBlock(file, lines);
        if (title.readNames()) {
            title.readLastUpdated();
            title.resolveYear();
        }
        return title;
    }

    /** True when the block gives everything a report needs. */
    boolean isComplete() {
        return country != null && profileType != null && year != null;
    }

    String country() {
        return country;
    }

    String profileType() {
        return profileType;
    }

    LocalDate lastUpdated() {
        return lastUpdated;
    }

    int year() {
        return year;
    }

    /** Title lines and the chrome around them, in source order. */
    List<Block> blocks() {
        return blocks;
    }

    /** Index of the first line after the title block. */
    int next() {
        return next;
    }

    List<Problem> problems() {
        return problems;
    }

    private boolean readNames() {
        int i = skipChrome(0);
        if (i == lines.size()) {
            return fail(1, "no title block: expected the country name, found only navigation and stray lines");
        }
        String first = Whitespace.trim(lines.get(i));
        if (MarkerScanner.entryAt(first) != null || !readCountryLine(first, i)) {
            return fail(i + 1, "no title block: expected the country name on line " + (i + 1));
        }
        blocks.add(title(i));
        int countryLine = i;
        i++;
        if (profileType == null) {
            i = skipChrome(i);
            if (i == lines.size()) {
                return fail(countryLine + 1,
                        "no title block: the country name on line " + (countryLine + 1) + " is not followed by a profile type");
            }
            String type = Whitespace.trim(lines.get(i));
            profileType = ProfileTypes.canonical(type);
            if (profileType == null) {
                if (!ProfileTypes.isPlausible(type) || LastUpdatedLine.matches(type)) {
                    return fail(i + 1, "no title block: expected the profile type (such as Mine Ban Policy) on line " + (i + 1));
                }
                profileType = Whitespace.collapse(type);
                problems.add(Problem.warning(file, i + 1, "unknown profile type '" + profileType + "'"));
            }
            typeLine = i;
            blocks.add(title(i));
            i++;
        }
        next = i;
        return true;
    }

    /** A country line, or the one-line form "Country, Profile Type"; sets the names it finds. */
    private boolean readCountryLine(String line, int index) {
        int comma = line.lastIndexOf(',');
        if (comma > 0) {
            String type = ProfileTypes.canonical(Whitespace.trim(line.substring(comma + 1)));
            String name = Whitespace.trim(line.substring(0, comma));
            if (type != null && CountryNames.isPlausible(name)) {
                country = CountryNames.display(name);
                profileType = type;
                typeLine = index;
                return true;
            }
        }
        if (!CountryNames.isPlausible(line)) {
            return false;
        }
        country = CountryNames.display(line);
        return true;
    }

    private void readLastUpdated() {
        int i = next;
        while (i < lines.size() && (lines.get(i).isBlank() || LineClassifier.isChrome(lines.get(i)))) {
            i++;
        }
        if (i == lines.size() || !LastUpdatedLine.matches(Whitespace.trim(lines.get(i)))) {
            return;
        }
        skipChrome(next);
        String dateText = LastUpdatedLine.dateText(Whitespace.trim(lines.get(i)));
        lastUpdated = LastUpdatedLine.parse(dateText);
        if (lastUpdated == null) {
            problems.add(Problem.warning(file, i + 1, "cannot read the date '" + dateText
                    + "' of 'Last updated' (expected a date such as 17 November 2021); the date is left out"));
        }
        blocks.add(title(i));
        next = i + 1;
    }

    private void resolveYear() {
        year = ProfileTypes.yearIn(profileType);
        if (year == null && lastUpdated != null) {
            year = lastUpdated.getYear();
        }
        if (year != null) {
            return;
        }
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        year = ProfileTypes.yearIn(name);
        if (year != null) {
            problems.add(Problem.warning(file, typeLine + 1, "report year " + year
                    + " taken from the file name: the title block names no year and no Last updated date"));
        } else {
            problems.add(Problem.error(file, typeLine + 1, "no report year: the title block names no year,"
                    + " has no Last updated date, and the file name holds no year"));
        }
    }

    /** Skips blank and chrome lines from {@code from}, keeping the chrome as blocks; the next index. */
    private int skipChrome(int from) {
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                if (!LineClassifier.isChrome(line)) {
                    break;
                }
                blocks.add(new Block(BlockKind.CHROME, line, MarkerScanner.scan(line), i + 1));
            }
            i++;
        }
        return i;
    }

    private Block title(int index) {
        String line = lines.get(index);
        return new Block(BlockKind.TITLE, line, MarkerScanner.scan(line), index + 1);
    }

    private boolean fail(int line, String message) {
        problems.add(Problem.error(file, line, message));
        return false;
    }
}
