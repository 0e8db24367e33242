package org.fieldbook.bench;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * The footnote numbers a generated profile cites: 1, 2, 3... in order of first citation,
 * then earlier ones again once all are used. Which numbers were cited decides which
 * footnotes end up never cited.
 */
final class Citations {
    private final int footnotes;
    private final BitSet cited = new BitSet();
    private int next = 1;

    /** @param footnotes how many footnotes the profile's list may hold (0 for none) */
    Citations(int footnotes) {
        this.footnotes = footnotes;
    }

    /**
     * A marker such as {@code [12]} (now and then written {@code [12 ]}), or "" when the
     * profile has no footnotes or {@code chance} says not this time.
     */
    String marker(SplittableRandom random, double chance) {
        if (footnotes == 0 || random.nextDouble() >= chance) {
            return "";
        }
        int number = next <= footnotes ? next++ : 1 + random.nextInt(footnotes);
        cited.set(number);
        return random.nextDouble() < 0.03 ? "[" + number + " ]" : "[" + number + "]";
    }

    boolean isCited(int number) {
        return cited.get(number);
    }

    int footnotes() {
        return footnotes;
    }
}
