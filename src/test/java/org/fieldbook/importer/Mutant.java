package org.fieldbook.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A profile file mutated from a real one: the source, the mutations applied in order, and the
 * seed of their random choices. The same three always give the same bytes, so a failing
 * input is reproduced from its printout.
 */
record Mutant(int source, List<Mutant.Op> ops, long seed) {

    /** The ways a file is damaged: what USB sticks, editors, mirrors and converters do to texts. */
    enum Op {
        CUT_LINES, DUPLICATE_LINES, SHUFFLE_LINES, RANDOM_BYTES, BROKEN_UTF8, TRUNCATE, HUGE_LINE, DEEP_BRACKETS,
        MANY_MARKERS, LINE_ENDINGS, BOM_AND_SPACES, TITLE_DAMAGE
    }

    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
    };
    private static final String[] HUGE_UNITS = {"word ", "[", "[1]", "A. ", "\u201d.", "Policy | ", "1 ", "]",
        "\u00a0", "[sic] ", "\u202e\u05e9", "x"};

    /** The mutated bytes of {@code sources.get(source)}. */
    byte[] bytes(List<byte[]> sources) {
        Random random = new Random(seed);
        // ISO-8859-1 maps each byte to one char and back, so line surgery keeps every other byte as it was
        String text = new String(sources.get(source), StandardCharsets.ISO_8859_1);
        for (Op op : ops) {
            text = apply(op, text, random);
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String apply(Op op, String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int n = lines.size();
        switch (op) {
            case CUT_LINES -> {
                int from = random.nextInt(n);
                int to = Math.min(n, from + 1 + random.nextInt(Math.max(1, n / 3)));
                lines.subList(from, to).clear();
            }
            case DUPLICATE_LINES -> {
                int from = random.nextInt(n);
                List<String> copy = new ArrayList<>(lines.subList(from, Math.min(n, from + 1 + random.nextInt(8))));
                lines.addAll(random.nextInt(n + 1), copy);
            }
            case SHUFFLE_LINES -> {
                int from = random.nextInt(n);
                Collections.shuffle(lines.subList(from, Math.min(n, from + 2 + random.nextInt(20))), random);
            }
            case RANDOM_BYTES -> {
                char[] chars = text.toCharArray();
                for (int i = 1 + random.nextInt(16); i > 0 && chars.length > 0; i--) {
                    // mostly printable ASCII (still valid UTF-8), sometimes any byte at all
                    chars[random.nextInt(chars.length)] = (char) (random.nextInt(4) == 0 ? random.nextInt(256)
                            : 32 + random.nextInt(95));
                }
                return new String(chars);
            }
            case BROKEN_UTF8 -> {
                int at = random.nextInt(text.length() + 1);
                return text.substring(0, at) + latin1(BAD_UTF8[random.nextInt(BAD_UTF8.length)]) + text.substring(at);
            }
            case TRUNCATE -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            case HUGE_LINE -> {
                String unit = latin1(HUGE_UNITS[random.nextInt(HUGE_UNITS.length)].getBytes(StandardCharsets.UTF_8));
                lines.add(random.nextInt(n + 1), unit.repeat((20_000 + random.nextInt(400_000)) / unit.length()));
            }
            case DEEP_BRACKETS -> {
                int depth = 1 + random.nextInt(100_000);
                lines.add(random.nextInt(n + 1), "Deep " + "[".repeat(depth) + random.nextInt(50) + "]".repeat(depth));
            }
            case MANY_MARKERS -> {
                StringBuilder paragraph = new StringBuilder("Claims.");
                for (int i = 1_000 + random.nextInt(9_000); i > 0; i--) {
                    paragraph.append('[').append(1 + random.nextInt(40)).append(random.nextBoolean() ? "] " : "]");
                }
                lines.add(random.nextInt(n + 1), paragraph.toString());
                for (int i = 1; i <= random.nextInt(40); i++) {
                    lines.add("[" + i + "] Source " + i + ".");
                }
            }
            case LINE_ENDINGS -> {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    out.append(lines.get(i));
                    if (i < n - 1) {
                        out.append(switch (random.nextInt(3)) {
                            case 0 -> "\r\n";
                            case 1 -> "\r";
                            default -> "\n";
                        });
                    }
                }
                return out.toString();
            }
            case BOM_AND_SPACES -> {
                int at = random.nextInt(n);
                lines.set(at, lines.get(at) + latin1("\u00a0 \t".getBytes(StandardCharsets.UTF_8)));
                return (random.nextBoolean() ? latin1(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) : "")
                        + String.join("\n", lines);
            }
            case TITLE_DAMAGE -> lines.set(0, random.nextBoolean() ? "" : Long.toString(random.nextLong(), 36));
        }
        return String.join("\n", lines);
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
