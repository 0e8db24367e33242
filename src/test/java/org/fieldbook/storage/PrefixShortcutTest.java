package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixShortcutTest {
    static String mark(String word) {
        return SnippetMarks.OPEN + word + SnippetMarks.CLOSE;
    }

    @Test
    void aLongPrefixAtTheTopIsReadThroughItsFirstThreeCharacters() {
        assertThat(PrefixShortcut.of("\"Minefield\"* AND \"russia\"")).get()
                .extracting(PrefixShortcut::wideMatch).isEqualTo("\"min\"* AND \"russia\"");
    }

    @Test
    void shortPrefixesPhrasesAndAlternativesAreLeftAlone() {
        assertThat(PrefixShortcut.of("\"min\"*")).isEmpty();
        assertThat(PrefixShortcut.of("\"military util\"*")).isEmpty();
        assertThat(PrefixShortcut.of("(\"pmn 2\" OR \"pmn2\"*)")).isEmpty();
        assertThat(PrefixShortcut.of("\"mines\"")).isEmpty();
    }

    @Test
    void aRowIsKeptWhenAMarkedWordHasTheWholePrefixAndOtherMarksComeOff() {
        PrefixShortcut shortcut = PrefixShortcut.of("\"mine\"*").orElseThrow();

        assertThat(shortcut.narrow("The " + mark("minister") + " saw " + mark("Minefields") + "."))
                .contains("The minister saw " + mark("Minefields") + ".");
        assertThat(shortcut.narrow("The " + mark("minister") + " spoke.")).isEmpty();
    }

    @Test
    void accentsAndCaseCompareAsTheIndexCompares() {
        PrefixShortcut shortcut = PrefixShortcut.of("\"réuni\"*").orElseThrow();

        assertThat(shortcut.wideMatch()).isEqualTo("\"reu\"*");
        assertThat(shortcut.narrow(mark("RÉUNION") + " island")).contains(mark("RÉUNION") + " island");
    }

    @Test
    void aWordInsideAnotherTermsPhraseCounts() {
        PrefixShortcut shortcut = PrefixShortcut.of("\"mine\"* AND \"ban treaty\"").orElseThrow();

        assertThat(shortcut.narrow("The " + mark("mine ban treaty") + " holds.")).isPresent();
    }
}
