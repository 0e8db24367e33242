package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.fieldbook.importer.Problem;
import org.fieldbook.importer.Severity;
import org.fieldbook.model.AttributeKind;
import org.fieldbook.model.MineRole;
import org.fieldbook.model.MineType;
import org.junit.jupiter.api.Test;

/** Problems in a catalogue file, each at its line. */
class CatalogueReaderTest {
    static final String SOURCES = """
            {"kind": "fieldbook-catalogue",
             "sources": [{"key": "S1", "urls": ["https://example.org/s1"]}],
             "entries": [
            """;

    static CatalogueReader.Result entries(String entries) {
        return Catalogues.read(SOURCES + entries + "\n]}");
    }

    static String only(CatalogueReader.Result result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0).toString();
    }

    @Test
    void aGoodFileGivesItsEntries() {
        CatalogueReader.Result result = entries("""
                {"name": "PMN-2", "aliases": ["ПМН-2"], "role": "antipersonnel", "mechanism": ["blast"],
                 "attributes": [{"kind": "weight", "values": [{"value": "about 420 g", "sources": ["S1"]}]}]}""");
        assertThat(result.problems()).isEmpty();
        MineType pmn2 = result.catalogue().entries().get(0);
        assertThat(pmn2.role()).isEqualTo(MineRole.ANTIPERSONNEL);
        assertThat(pmn2.attributes(AttributeKind.WEIGHT).get(0).values().get(0).sources()).containsExactly("S1");
        assertThat(result.catalogue().source("S1").orElseThrow().urls()).containsExactly("https://example.org/s1");
    }

    @Test
    void badJsonNamesTheLineWhereItBreaks() {
        CatalogueReader.Result result = entries("""
                {"name": "PMN", "role": "antipersonnel"},
                {"name": "PMN-2", "role": "antipersonnel",,}""");
        assertThat(result.hasErrors()).isTrue();
        assertThat(only(result)).startsWith("test.json:5: error: not valid JSON: ");
    }

    @Test
    void anUnknownRoleIsAnErrorOnItsLine() {
        CatalogueReader.Result result = entries("""
                {"name": "PMN",
                 "role": "anti-personnel"}""");
        assertThat(only(result)).isEqualTo("test.json:5: error: PMN: unknown role \"anti-personnel\" "
                + "(known: antipersonnel, antivehicle, delivery system)");
    }

    @Test
    void aNameUsedByTwoEntriesOnceNormalisedIsAnError() {
        CatalogueReader.Result result = entries("""
                {"name": "PMN-2", "role": "antipersonnel"},
                {"name": "PMN-4", "aliases": ["ПМН-4",
                   "pmn 2"], "role": "antipersonnel"}""");
        assertThat(result.hasErrors()).isTrue();
        assertThat(only(result)).startsWith("test.json:6: error: PMN-4: \"pmn 2\" is already a name of PMN-2 "
                + "(\"PMN-2\", line 4)");
    }

    @Test
    void aCyrillicSpellingOfTheEntrysOwnNameIsNoClash() {
        assertThat(entries("""
                {"name": "TM-62M", "aliases": ["ТМ-62М"], "role": "antivehicle"}""").problems()).isEmpty();
    }

    @Test
    void theSameAliasTwiceInOneEntryIsAnError() {
        assertThat(only(entries("""
                {"name": "POM-3", "aliases": ["Medalyon",
                  "medalyon"], "role": "antipersonnel"}"""))).isEqualTo("test.json:5: error: POM-3: \"medalyon\" is listed twice");
    }

    @Test
    void aValueWithoutASourceIsAnErrorUnlessMarkedUnconfirmed() {
        assertThat(only(entries("""
                {"name": "PMN", "role": "antipersonnel", "attributes": [
                  {"kind": "explosive", "values": [
                    {"value": "about 200 g TNT"}]}]}""")))
                .startsWith("test.json:6: error: PMN: explosive: the value \"about 200 g TNT\" has no source");
        assertThat(entries("""
                {"name": "POM-2", "role": "antipersonnel", "attributes": [
                  {"kind": "fuze", "values": [{"value": "tripwire sensors", "unconfirmed": true}]}]}""").problems())
                .isEmpty();
    }

    @Test
    void aSourceThatIsNotListedIsAnError() {
        assertThat(only(entries("""
                {"name": "PMN", "role": "antipersonnel", "attributes": [
                  {"kind": "weight", "values": [{"value": "heavy", "sources": ["S1",
                     "S99"]}]}]}""")))
                .isEqualTo("test.json:6: error: PMN: weight: source \"S99\" is not in the file's \"sources\"");
    }

    @Test
    void anUnknownAttributeKindIsAnErrorAndAnUnknownFieldAWarning() {
        CatalogueReader.Result result = entries("""
                {"name": "PMN", "role": "antipersonnel", "alias": ["x"], "attributes": [
                  {"kind": "wieght", "values": [{"value": "heavy", "sources": ["S1"]}]}]}""");
        assertThat(result.problems()).extracting(Problem::line, Problem::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple(5, Severity.ERROR));
        assertThat(result.problems().get(1).message()).startsWith("PMN: unknown attribute kind \"wieght\"");
    }

    @Test
    void anUnknownMechanismIsOnlyAWarning() {
        CatalogueReader.Result result = entries("""
                {"name": "PMN", "role": "antipersonnel", "mechanism": ["pressure"]}""");
        assertThat(result.hasErrors()).isFalse();
        assertThat(only(result)).startsWith("test.json:4: warning: PMN: mechanism \"pressure\" is not one of");
    }

    @Test
    void aFieldGivenTwiceIsAnError() {
        assertThat(only(entries("""
                {"name": "PMN", "role": "antipersonnel",
                 "role": "antivehicle"}""")))
                .isEqualTo("test.json:5: error: \"role\" is given twice in one object (first on line 4)");
    }

    @Test
    void theKindAndVersionMustBeOnesThisFieldbookReads() {
        assertThat(only(Catalogues.read("""
                {"kind": "fieldbook-figures", "entries": []}"""))).contains("a catalogue file has \"fieldbook-catalogue\"");
        assertThat(only(Catalogues.read("""
                {"kind": "fieldbook-catalogue",
                 "formatVersion": 2, "entries": []}"""))).startsWith("test.json:2: error: the file has format version 2");
        assertThat(only(Catalogues.read("[1, 2]"))).startsWith("test.json:1: error: a catalogue file is one JSON object");
        assertThat(only(Catalogues.read(""))).startsWith("test.json:1: error: ");
    }

    @Test
    void theMarkerTellsACatalogueFromAProfile() {
        assertThat(CatalogueReader.isCatalogue("{\n  \"kind\" : \"fieldbook-catalogue\", \"entries\": [".getBytes(
                StandardCharsets.UTF_8))).isTrue();
        assertThat(CatalogueReader.isCatalogue("Russian Federation\n\nMine Ban Policy\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }
}
