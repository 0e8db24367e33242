package org.fieldbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldbook.catalogue.CatalogueService;
import org.fieldbook.catalogue.NameNormaliser;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.MineType;
import org.junit.jupiter.api.Test;

/** The lookup benchmark's catalogue and typing: the size asked for, unique names, and names that lookup finds. */
class CatalogueGeneratorTest {
    private static final Catalogue CATALOGUE = CatalogueGenerator.withEntries(2_000, CorpusGenerator.DEFAULT_SEED);

    @Test
    void growsTheBundledCatalogueToTheSizeAskedWithUniqueNames() {
        assertThat(CATALOGUE.entries()).hasSize(2_000);
        assertThat(CATALOGUE.entries().get(0).name()).isEqualTo("PMN");
        Set<String> keys = CATALOGUE.entries().stream().map(e -> NameNormaliser.normalise(e.name()))
                .collect(Collectors.toSet());
        assertThat(keys).hasSize(2_000);
        assertThat(CatalogueGenerator.withEntries(2_000, CorpusGenerator.DEFAULT_SEED)).isEqualTo(CATALOGUE);
    }

    @Test
    void everyGeneratedSpellingFindsItsEntryFirst() {
        CatalogueService service = CatalogueService.inMemory(CATALOGUE);
        for (MineType entry : CATALOGUE.entries().subList(100, 160)) {
            for (String name : entry.allNames()) {
                assertThat(service.lookup(name)).as(name).first().satisfies(hit -> assertThat(
                        NameNormaliser.normalise(hit.entry().name())).isEqualTo(NameNormaliser.normalise(entry.name())));
            }
        }
    }

    @Test
    void typingSendsEveryPrefixOfEveryName() {
        List<String> typed = LookupBench.typedNames(CATALOGUE, 7, 12);
        assertThat(typed).hasSize(12).anyMatch(t -> t.startsWith("QX-")).anyMatch(t -> t.matches(".*[А-Я].*"));
        assertThat(LookupBench.keystrokes(List.of("PMN-2", "ab"))).containsExactly("P", "PM", "PMN", "PMN-", "PMN-2",
                "a", "ab");
    }
}
