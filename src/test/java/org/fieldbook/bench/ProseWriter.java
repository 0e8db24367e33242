package org.fieldbook.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Sentences, paragraphs and footnote texts in the Monitor's manner, from the
 * {@link Vocabulary}: markers after full stops, closing quotes and before commas, bracketed
 * text that is not a marker, mine designations (known and unknown), dates and figures,
 * no-break and double spaces now and then. Only the caller's random source decides.
 */
final class ProseWriter {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> BRACKETED = List.of(" [sic]", " [of the treaty]", " [emphasis added]",
            " [in the region]", " [2004]");
    private static final List<String> ORGANISATIONS = List.of("UNMAS", "HALO Trust", "MAG", "NPA", "ICRC", "ICBL",
            "HRW", "GICHD", "Handicap International", "the national mine action center", "DanChurchAid");
    private static final List<String> FORMS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J");

    private final Vocabulary vocabulary;
    private final SplittableRandom random;
    private final Citations citations;

    ProseWriter(Vocabulary vocabulary, SplittableRandom random, Citations citations) {
        this.vocabulary = vocabulary;
        this.random = random;
        this.citations = citations;
    }

    /** One paragraph line of one to six sentences, some of them citing footnotes. */
    String paragraph(String country) {
        StringBuilder out = new StringBuilder(600);
        if (random.nextDouble() < 0.02) {
            out.append("[UPDATE ").append(month()).append(' ').append(2015 + random.nextInt(10)).append(": ")
                    .append(plainSentence(country, 6)).append("] ");
        }
        int sentences = 1 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                out.append(random.nextDouble() < 0.03 ? "  " : " ");
            }
            sentence(out, country);
        }
        return out.toString();
    }

    private void sentence(StringBuilder out, String country) {
        double style = random.nextDouble();
        if (style < 0.12) {
            // a quoted statement, the marker after the closing quote: ...,” said X.[3] or .”[3]
            out.append(capitalised(words(country, 4))).append(" said it “").append(words(country, 8))
                    .append(".”").append(citations.marker(random, 0.9));
            return;
        }
        String body = words(country, 6 + random.nextInt(22));
        if (style < 0.2) {
            int comma = body.indexOf(' ', body.length() / 2);
            if (comma > 0) {
                body = body.substring(0, comma) + "," + citations.marker(random, 1.0) + body.substring(comma);
            }
        }
        out.append(capitalised(body)).append('.');
        if (random.nextDouble() < 0.3) {
            out.append(citations.marker(random, 0.9));
        }
    }

    /** A sentence without markers, ending in a full stop. */
    String plainSentence(String country, int words) {
        return capitalised(words(country, words)) + ".";
    }

    private String words(String country, int count) {
        StringBuilder out = new StringBuilder(count * 8);
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                out.append(random.nextDouble() < 0.01 ? '\u00A0' : ' ');
            }
            double roll = random.nextDouble();
            if (roll < 0.012) {
                out.append(vocabulary.knownDesignation(random));
            } else if (roll < 0.016) {
                out.append(vocabulary.unknownDesignation(random));
            } else if (roll < 0.03) {
                out.append(figure());
            } else if (roll < 0.035) {
                out.append(country);
            } else if (roll < 0.038) {
                out.append(BRACKETED.get(random.nextInt(BRACKETED.size())).strip());
            } else {
                out.append(vocabulary.word(random));
            }
            if (random.nextDouble() < 0.06 && w + 1 < count) {
                out.append(',');
            }
        }
        return out.toString();
    }

    private String figure() {
        return switch (random.nextInt(4)) {
            case 0 -> String.valueOf(1997 + random.nextInt(28));
            case 1 -> String.format("%,d", 10 + random.nextInt(2_000_000));
            case 2 -> date();
            default -> random.nextInt(100) + "%";
        };
    }

    /** The text of a footnote: a source citation, sometimes after a sentence of comment. */
    String footnote(String country) {
        String source = switch (random.nextInt(5)) {
            case 0 -> "Mine Ban Treaty Article 7 Report, Form " + FORMS.get(random.nextInt(FORMS.size())) + ", " + date() + ".";
            case 1 -> "Email from " + person() + ", " + organisation() + ", " + date() + ".";
            case 2 -> "Statement of " + country + ", Mine Ban Treaty Intersessional Meetings, Geneva, " + date() + ".";
            case 3 -> "Interview with " + person() + ", " + organisation() + ", " + Vocabulary.name(random.nextInt(5_000))
                    + ", " + date() + ".";
            default -> "Monitor analysis of " + organisation() + " data, " + (2000 + random.nextInt(25)) + ".";
        };
        return random.nextDouble() < 0.3 ? plainSentence(country, 8 + random.nextInt(20)) + " " + source : source;
    }

    String person() {
        return vocabulary.rareName(random) + " " + vocabulary.rareName(random);
    }

    private String organisation() {
        return ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
    }

    /**
     * Stockpile figures as the Monitor writes them in a stockpile section: a stock declared in
     * a year and the mines destroyed the year after, each sentence with its marker.
     */
    String stockpileParagraph(String country, int reportYear) {
        int stockYear = reportYear - 2 - random.nextInt(12);
        long stock = 1_000 + random.nextInt(5_000_000);
        long destroyed = Math.max(1, stock / (2 + random.nextInt(20)));
        return "In " + stockYear + ", " + country + " reported a stockpile of " + String.format("%,d", stock)
                + " antipersonnel mines." + citations.marker(random, 1.0) + " It destroyed "
                + String.format("%,d", destroyed) + " antipersonnel mines in " + (stockYear + 1) + "."
                + citations.marker(random, 0.9);
    }

    String date() {
        return (1 + random.nextInt(28)) + " " + month() + " " + (1999 + random.nextInt(26));
    }

    String month() {
        return MONTHS.get(random.nextInt(MONTHS.size()));
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
