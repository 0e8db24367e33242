package org.fieldbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stylesheets parse without a single error: JavaFX only warns on the console and then
 * drops every rule after a broken one, so a lost brace silently unstyles half the window.
 */
class StylesheetTest {
    @ParameterizedTest
    @ValueSource(strings = {"fieldbook.css", "theme-light.css", "theme-dark.css"})
    void parsesWithoutErrors(String name) throws IOException {
        URL url = StylesheetTest.class.getResource("/org/fieldbook/ui/" + name);
        assertThat(url).as(name).isNotNull();
        CssParser.errorsProperty().clear();
        Stylesheet stylesheet = new CssParser().parse(url);
        assertThat(List.copyOf(CssParser.errorsProperty())).as(name).isEmpty();
        assertThat(stylesheet.getRules()).isNotEmpty();
    }

    @Test
    void theChartRulesAtTheEndOfTheMainSheetAreRead() throws IOException {
        Stylesheet stylesheet = new CssParser().parse(StylesheetTest.class.getResource("/org/fieldbook/ui/fieldbook.css"));
        assertThat(stylesheet.getRules()).anySatisfy(rule -> assertThat(rule.getSelectors().toString()).contains("export-hint"));
    }
}
