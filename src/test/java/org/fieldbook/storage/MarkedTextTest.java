package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedTextTest {
    static String mark(String word) {
        return SnippetMarks.OPEN + word + SnippetMarks.CLOSE;
    }

    @Test
    void countsTokensAndMarkedMatches() {
        MarkedText text = new MarkedText("The " + mark("PMN-2") + " and " + mark("PMN") + "-4 mines, 1,200 of them.");

        assertThat(text.tokenCount()).isEqualTo(11);
        assertThat(text.matchCount()).isEqualTo(2);
    }

    @Test
    void aShortTextIsItsOwnSnippet() {
        assertThat(new MarkedText("Mines " + mark("cleared") + ".").snippet(16)).isEqualTo("Mines " + mark("cleared") + ".");
    }

    @Test
    void aLongTextIsCutAroundTheMatchesWithEllipses() {
        String text = "one two three four five six seven eight nine ten " + mark("mines") + " eleven twelve thirteen"
                + " fourteen fifteen sixteen seventeen eighteen nineteen twenty";

        String snippet = new MarkedText(text).snippet(6);

        assertThat(snippet).isEqualTo("…nine ten " + mark("mines") + " eleven twelve thirteen…");
    }

    @Test
    void theWindowGoesWhereMostMatchesAre() {
        String text = mark("a") + " b c d e f g h i j " + mark("k") + " " + mark("l") + " m";

        assertThat(new MarkedText(text).snippet(4)).contains(mark("k") + " " + mark("l"));
    }
}
