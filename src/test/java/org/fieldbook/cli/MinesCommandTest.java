package org.fieldbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code fieldbook mines}, and catalogue files through check and import, on a library filled with the bundle. */
class MinesCommandTest {
    static final Path TWO_ENTRIES = Path.of("src/test/resources/catalogue/two-entries.json");
    static final Path CLASHING = Path.of("src/test/resources/catalogue/clashing-names.json");
    static final Path UNKNOWN = Path.of("src/test/resources/catalogue/unknown-designations.txt");
    static final String NOTICE = "not identification or render-safe guidance; CORD and IMAS are the authorities";

    @TempDir
    Path dir;


    CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    CommandLineRun withLibrary(String... args) {
        return CommandLineRun.on(dir.resolve("library.sqlite"), args);
    }

    static JsonNode json(CommandLineRun run) {
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void listsEveryEntryWithRoleMechanismSelfDestructAndCounts() {
        CommandLineRun run = withLibrary("mines");
        assertThat(run.status()).isZero();
        assertThat(run.outLines().get(0)).startsWith("NAME").contains("ROLE", "MECHANISM", "SELF-DESTRUCT", "MENTIONS",
                "REPORTS");
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("PMN-2 ")).singleElement().asString()
                .matches("PMN-2 +antipersonnel +blast +no +3 +1");
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("PFM-1S ")).singleElement().asString()
                .contains(" yes ");
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("UMZ-K Klesh-G ")).singleElement().asString()
                .contains("delivery system");
        assertThat(run.outLines()).hasSize(1 + 20 + 2);
        assertThat(run.out()).contains(NOTICE);
    }

    @Test
    void aNameGivesTheMatchingEntriesBestFirstWithFactsSourcesAndMentions() {
        CommandLineRun run = withLibrary("mines", "PMN");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).filteredOn(line -> line.matches("^\\S.*\\(anti.*"))
                .containsExactly("PMN  (antipersonnel; blast)", "PMN-2  (antipersonnel; blast)",
                        "PMN-4  (antipersonnel; blast)");
        assertThat(run.out()).contains("  Explosive (sources differ):\n    about 200 g TNT  [S1]\n"
                + "    240 g TNT in older references (incl. Jane’s to 2009)  [S1, S2]\n");
        assertThat(run.out()).contains("    S1  https://artikel.siakadpt.com/ja/PMN_(%E5%9C%B0%E9%9B%B7)");
        assertThat(run.out()).contains("**PMN**, PMN-2, PMN-4");
        assertThat(run.out()).endsWith(MineCardText.NOTICE + "\n");
    }

    @Test
    void jsonOfAnEntryHasItsFactsWithSourcesAndItsMentions() {
        CommandLineRun run = withLibrary("mines", "ПМН-2", "--json");
        assertThat(run.status()).isZero();
        JsonNode entries = json(run);
        assertThat(entries).hasSize(1);
        JsonNode pmn2 = entries.get(0);
        assertThat(pmn2.get("name").asString()).isEqualTo("PMN-2");
        assertThat(pmn2.get("match").asString()).isEqualTo("name");
        assertThat(pmn2.get("aliases").get(0).asString()).isEqualTo("ПМН-2");
        assertThat(pmn2.get("role").asString()).isEqualTo("antipersonnel");
        assertThat(pmn2.get("mechanism").get(0).get("name").asString()).isEqualTo("blast");
        assertThat(pmn2.get("selfDestruct").asString()).isEqualTo("no");
        JsonNode weight = pmn2.get("attributes").get(1);
        assertThat(weight.get("kind").asString()).isEqualTo("weight");
        assertThat(weight.get("values").get(0).get("value").asString()).isEqualTo("about 420 g");
        JsonNode source = weight.get("values").get(0).get("sources").get(0);
        assertThat(source.get("key").asString()).isEqualTo("S8");
        assertThat(source.get("urls").get(0).asString()).isEqualTo("http://peace.s9.xrea.com/2/mine/pmn2.htm");
        assertThat(pmn2.get("mentionCount").asInt()).isEqualTo(3);
        assertThat(pmn2.get("reportCount").asInt()).isEqualTo(1);

        JsonNode mentions = pmn2.get("mentions");
        assertThat(mentions).hasSize(3);
        JsonNode production = mentions.get(0);
        assertThat(production.get("reportId").asString()).isEqualTo("russian-federation/mine-ban-policy/2021");
        assertThat(production.get("kind").asString()).isEqualTo("paragraph");
        assertThat(production.get("section").asInt()).isEqualTo(2);
        assertThat(production.get("sectionTitle").asString()).isEqualTo("Production");
        assertThat(production.get("footnote").isNull()).isTrue();
        assertThat(mentions.get(1).get("kind").asString()).isEqualTo("footnote");
        assertThat(mentions.get(1).get("footnote").asInt()).isEqualTo(19);
        assertThat(mentions.get(2).get("footnote").asInt()).isEqualTo(21);
        for (JsonNode mention : mentions) {
            String snippet = mention.get("snippet").asString();
            JsonNode first = mention.get("highlights").get(0);
            assertThat(snippet.substring(first.get("start").asInt(), first.get("end").asInt())).isEqualTo("PMN-2");
        }
    }

    @Test
    void aNameThatMatchesNothingSaysSoAndExitsOne() {
        CommandLineRun run = withLibrary("mines", "claymore");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("No mine type matches 'claymore'.\n");
        assertThat(run.out()).isEmpty();
        CommandLineRun json = withLibrary("mines", "claymore", "--json");
        assertThat(json.status()).isEqualTo(1);
        assertThat(json(json)).isEmpty();
    }

    @Test
    void aTypoFindsTheEntryAndSaysItWasNotAnExactName() {
        CommandLineRun run = withLibrary("mines", "medalion");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("No mine type is called 'medalion'; one typo away: POM-3");
        assertThat(run.out()).startsWith("POM-3  (antipersonnel; bounding fragmentation)");
    }

    @Test
    void aCatalogueFileIsCheckedWithItsLinesAndRefused() {
        CommandLineRun run = run("check", CLASHING.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).startsWith(CLASHING + ":5: error: PMN-4: \"PMN 2\" is already a name of PMN-2");
        assertThat(run.outLines().get(1)).startsWith(CLASHING + ":6: error: PMA-3: unknown role \"anti-personnel\"");
        assertThat(run.err()).contains(CLASHING + ": has errors: 2 errors");
    }

    @Test
    void importingACatalogueReplacesItAndCheckWithTheLibraryUsesIt() {
        CommandLineRun imported = withLibrary("import", TWO_ENTRIES.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.err()).contains(TWO_ENTRIES + ": imported mine-type catalogue (2 entries, 1 source); "
                + "3 mentions in the library");
        assertThat(withLibrary("mines").outLines()).hasSize(1 + 2 + 2);

        assertThat(run("check", UNKNOWN.toString()).out()).as("bundled catalogue")
                .contains(UNKNOWN + ":9: info: PMA-3 looks like a mine designation but is not in the catalogue");
        CommandLineRun withLibrary = withLibrary("check", UNKNOWN.toString());
        assertThat(withLibrary.status()).isZero();
        assertThat(withLibrary.out()).as("the library's catalogue").doesNotContain("PMA-3")
                .contains(UNKNOWN + ":11: info: MON-150 looks like a mine designation but is not in the catalogue");
    }

    @Test
    void helpExplainsTheExitStatusAndTheMatchingRules() {
        CommandLineRun run = run("mines", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Exits 1 when no entry matches NAME", "ПМН-2", "one typo");
    }
}
