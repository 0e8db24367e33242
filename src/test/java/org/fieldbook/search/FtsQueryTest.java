package org.fieldbook.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FtsQueryTest {
    /** A term: a quoted FTS5 string (quotes doubled inside), maybe a prefix, or two such in "( .. OR .. )". */
    private static final String STRING = "\"(?:[^\"]|\"\")*\"\\*?";
    private static final Pattern SAFE = Pattern.compile(
            "(?:" + STRING + "|\\(" + STRING + " OR " + STRING + "\\))(?: AND (?:" + STRING + "|\\(" + STRING
                    + " OR " + STRING + "\\)))*");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "mine ban              | \"mine\" AND \"ban\"",
        "`\"mine ban treaty\"` | \"mine ban treaty\"",
        "stockpil*             | \"stockpil\"*",
        "`\"mine ba\"*`        | \"mine ba\"*",
        "PMN-2                 | (\"PMN 2\" OR \"PMN2\")",
        "pmn-2                 | (\"pmn 2\" OR \"pmn2\")",
        "PMN 2                 | (\"PMN 2\" OR \"PMN2\")",
        "pmn 2                 | (\"pmn 2\" OR \"pmn2\")",
        "pmn2                  | (\"pmn 2\" OR \"pmn2\")",
        "PMN–2                 | (\"PMN 2\" OR \"PMN2\")",
        "PFM-1S                | (\"PFM 1S\" OR \"PFM1S\")",
        "pfm1s                 | (\"pfm 1s\" OR \"pfm1s\")",
        "POMZ-2M               | (\"POMZ 2M\" OR \"POMZ2M\")",
        "POMZ 2M               | (\"POMZ 2M\" OR \"POMZ2M\")",
        "MON-10                | (\"MON 10\" OR \"MON10\")",
        "PMN-2*                | (\"PMN 2\" OR \"PMN2\"*)",
        "POMZ-2M*              | (\"POMZ 2M\"* OR \"POMZ2M\"*)",
        "ПМН-2                 | (\"ПМН 2\" OR \"ПМН2\")",
        "anti-personnel        | (\"anti personnel\" OR \"antipersonnel\")",
        "in 2012               | \"in\" AND \"2012\"",
        "mines 2012            | \"mines\" AND \"2012\"",
        "Syria 2013            | \"Syria\" AND \"2013\"",
        "1990s                 | \"1990s\"",
        "U.S.                  | \"U S\"",
        "Myanmar/Burma         | \"Myanmar Burma\"",
        "AND OR NOT            | \"AND\" AND \"OR\" AND \"NOT\"",
        "NEAR(a b)             | \"NEAR a\" AND \"b\"",
        "a:b                   | \"a b\"",
        "^x                    | \"x\"",
        "-mines +ban           | \"mines\" AND \"ban\"",
        "s*                    | \"s\"",
        "`a\"b`                | \"a\" AND \"b\"",
    })
    void buildsExpressions(String typed, String expected) {
        assertThat(FtsQuery.from(typed)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "*", "**", "\"", "\"\"", "(", ")", "-", "^", ":", "\u0000", "🙂",
        "\"  \"", "- + * ( )", "\u200F"})
    void nothingSearchableGivesNoExpression(String typed) {
        assertThat(FtsQuery.from(typed)).isEmpty();
    }

    @Test
    void nullGivesNoExpression() {
        assertThat(FtsQuery.from(null)).isEmpty();
    }

    @Test
    void controlCharactersAreDropped() {
        assertThat(FtsQuery.from("mine\u0000s\u0007 ban")).contains("\"mine\" AND \"s\" AND \"ban\"");
    }

    @Test
    void rightToLeftAndOtherScriptsAreQuotedAsTyped() {
        assertThat(FtsQuery.from("لبنان ملوث")).contains("\"لبنان\" AND \"ملوث\"");
        assertThat(FtsQuery.from("地雷")).contains("\"地雷\"");
    }

    @Test
    void fullWidthCharactersReadAsTheirPlainForms() {
        assertThat(FtsQuery.from("ＰＭＮ－２")).contains("(\"PMN 2\" OR \"PMN2\")");
    }

    @Test
    void atMost32TermsAreUsed() {
        String expression = FtsQuery.from("w ".repeat(100)).orElseThrow();

        assertThat(expression.split(" AND ")).hasSize(FtsQuery.MAX_TERMS);
    }

    @Test
    void onlyTheFirst1000CharactersAreRead() {
        String expression = FtsQuery.from("a".repeat(999) + " overflow").orElseThrow();

        assertThat(expression).isEqualTo("\"" + "a".repeat(999) + "\"");
    }

    @Test
    void anyInputGivesNothingOrASafeExpression() {
        String alphabet = "aZ09 \"*()-+^:.,;'\\/{}[]~NEAR AND OR NOT \u0000\t\nÉéПМН😀\uD83Dلبنان\u0301\u200F\uE000";
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder typed = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                typed.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Optional<String> expression = FtsQuery.from(typed.toString());
            expression.ifPresent(e -> assertThat(e).as(typed.toString()).matches(SAFE));
        }
    }
}
