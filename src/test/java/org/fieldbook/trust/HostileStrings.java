package org.fieldbook.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a user (or a paste from a PDF) can type: FTS5 syntax, quotes of every kind, NUL and
 * control characters, right-to-left and combining marks, lone surrogates, SQL, and 100 KB
 * strings. The same seed gives the same strings; reuse them wherever a user types.
 */
public final class HostileStrings {
    private static final String[] PIECES = {
        "AND", "OR", "NOT", "NEAR(", "NEAR(a b, 2)", ")", "(", "*", "^", ":", "heading:", "body:", "{heading body}:",
        "\"", "\"\"", "'", "`", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "-", "+", "--", "/*",
        "'; DROP TABLE report; --", "%", "_", "\\", "\\\\", "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r",
        "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u202e", "\u200f", "\u200b", "\ufeff", "\u05e9\u05dc\u05d5\u05dd",
        "\u0645\u0631\u062d\u0628\u0627", "\u041f\u041c\u041d-2", "e\u0301\u0301\u0301", "\ud83d\udca3", "\ud800",
        "\udfff", "\uffff", "PMN-2", "pmn2", "MON-10", "stockpil*", "Wagner", "[22]", "[", "]", "x", " ", "  ", "0",
        "-1", "99999999999999999999", "NaN", "null", "@", "@/etc/passwd", "../../etc/passwd", "~", "$HOME", "${x}",
        "%s%n", "{0}", "<script>", "&amp;", "ID", "russia/mine-ban-policy/2021", "a/b/c", "//", "/", "..",
    };

    private HostileStrings() {
    }

    /** {@code count} strings: first each piece alone, then random mixes, and every 50th one of 100 KB. */
    public static List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (i < PIECES.length) {
                strings.add(PIECES[i]);
            } else if (i % 50 == 0) {
                strings.add(huge(random));
            } else {
                StringBuilder mix = new StringBuilder();
                for (int n = 1 + random.nextInt(8); n > 0; n--) {
                    mix.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : PIECES[random.nextInt(PIECES.length)]);
                    if (random.nextBoolean()) {
                        mix.append(' ');
                    }
                }
                strings.add(mix.toString());
            }
        }
        return strings;
    }

    private static String huge(Random random) {
        String unit = PIECES[random.nextInt(PIECES.length)] + " ";
        StringBuilder text = new StringBuilder(100_000);
        while (text.length() < 100_000) {
            text.append(unit);
        }
        return text.toString();
    }

    /** A string as a test report may print it: control characters escaped, long ones cut. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(60).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown + (text.length() > 60 ? "…(" + text.length() + " chars)" : "");
    }
}
