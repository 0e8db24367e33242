package org.fieldbook.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldbook.AppContext;
import org.fieldbook.model.SearchHit;
import org.fieldbook.ui.Fixtures;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SameThreadUiExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchViewModelTest {
    @TempDir
    Path dir;
    AppContext context;
    SearchViewModel model;
    SearchHit opened;

    @BeforeEach
    void open() {
        context = Fixtures.library(dir);
        model = new SearchViewModel(context.searchService(), new SameThreadUiExecutor(), Messages.english(),
                () -> null, hit -> opened = hit);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theWordBeingTypedIsSearchedAsAPrefix() {
        model.search("Wagn");
        assertThat(model.results()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.snippet()).containsIgnoringCase("Wagner"));
        assertThat(model.statusProperty().get()).isEqualTo("3 passages");
    }

    @Test
    void onlyPlainWordsOfThreeLettersOrMoreBecomePrefixes() {
        assertThat(SearchViewModel.asTyped("military utili")).isEqualTo("military utili*");
        assertThat(SearchViewModel.asTyped("PMN-2")).isEqualTo("PMN-2");
        assertThat(SearchViewModel.asTyped("\"Wagner Group\"")).isEqualTo("\"Wagner Group\"");
        assertThat(SearchViewModel.asTyped("of")).isEqualTo("of");
        assertThat(SearchViewModel.asTyped("stockp*")).isEqualTo("stockp*");
        assertThat(SearchViewModel.asTyped("Wagner ")).isEqualTo("Wagner ");
    }

    @Test
    void clearingTheFieldClearsTheResultsAndShowsTheHint() {
        model.search("Wagner");
        model.search("  ");
        assertThat(model.results()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Type words to search every report.");
    }

    @Test
    void openingAResultHandsItToTheReader() {
        model.search("Izvestia");
        model.open(model.results().get(0));
        assertThat(opened.footnoteNumber()).isEqualTo(14);
    }
}
