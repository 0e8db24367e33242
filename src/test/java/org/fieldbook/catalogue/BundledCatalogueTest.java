package org.fieldbook.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.fieldbook.model.AttributeKind;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.Mechanism;
import org.fieldbook.model.MineAttribute;
import org.fieldbook.model.MineRole;
import org.fieldbook.model.MineType;
import org.fieldbook.model.MineType.SelfDestruct;
import org.fieldbook.model.SourcedValue;
import org.junit.jupiter.api.Test;

/** The catalogue shipped in resources/library: the seed's mine types, with the reference's facts and sources. */
class BundledCatalogueTest {
    static final Catalogue CATALOGUE = Catalogues.bundled();

    static MineType entry(String name) {
        return CATALOGUE.entry(name).orElseThrow(() -> new AssertionError("no entry " + name));
    }

    static List<SourcedValue> values(String name, AttributeKind kind) {
        return entry(name).attributes(kind).stream().flatMap(a -> a.values().stream()).toList();
    }

    @Test
    void readsWithoutAnyProblem() {
        assertThat(Catalogues.read(Catalogues.BUNDLED).problems()).isEmpty();
    }

    @Test
    void holdsEveryMineTypeAndDeliverySystemTheSeedNames() {
        assertThat(CATALOGUE.entries()).extracting(MineType::name).containsExactly(
                "PMN", "PMN-2", "PMN-4", "PFM-1S", "POMZ-2", "OZM-72", "MON-50", "MON-90", "MON-100", "MON-200",
                "POM-2", "POM-2R", "POM-3", "TM-62M", "TM-62", "TM-83", "TMN-46", "PTKM-1R", "Zemledeliye",
                "UMZ-K Klesh-G");
        assertThat(CATALOGUE.entries()).filteredOn(e -> e.role() == MineRole.ANTIVEHICLE).extracting(MineType::name)
                .containsExactly("TM-62M", "TM-62", "TM-83", "TMN-46", "PTKM-1R");
        assertThat(CATALOGUE.entries()).filteredOn(e -> e.role() == MineRole.DELIVERY_SYSTEM).extracting(MineType::name)
                .containsExactly("Zemledeliye", "UMZ-K Klesh-G");
    }

    @Test
    void everyValueCitesListedSourcesWithTheirAddressesOrIsMarkedUnconfirmed() {
        for (MineType entry : CATALOGUE.entries()) {
            for (MineAttribute attribute : entry.attributes()) {
                for (SourcedValue value : attribute.values()) {
                    assertThat(value.text()).as(entry.name()).doesNotContain("—").isNotBlank();
                    assertThat(value.unconfirmed() || !value.sources().isEmpty()).as(entry.name() + " " + value).isTrue();
                    value.sources().forEach(key -> assertThat(CATALOGUE.source(key)).as(key).hasValueSatisfying(
                            source -> assertThat(source.urls()).isNotEmpty().allMatch(url -> url.startsWith("http"))));
                }
            }
        }
        assertThat(CATALOGUE.sources()).hasSize(31).extracting(s -> s.key()).startsWith("S1", "S2").endsWith("S31");
    }

    @Test
    void conflictingPublishedValuesAreKeptSideBySide() {
        MineAttribute pmnExplosive = entry("PMN").attributes(AttributeKind.EXPLOSIVE).get(0);
        assertThat(pmnExplosive.sourcesDiffer()).isTrue();
        assertThat(pmnExplosive.values()).extracting(SourcedValue::text, SourcedValue::sources).containsExactly(
                tuple("about 200 g TNT", List.of("S1")),
                tuple("240 g TNT in older references (incl. Jane’s to 2009)", List.of("S1", "S2")));
        MineAttribute jump = entry("OZM-72").attributes(AttributeKind.OTHER).stream()
                .filter(a -> "jump height".equals(a.label())).findFirst().orElseThrow();
        assertThat(jump.sourcesDiffer()).isTrue();
        assertThat(jump.values()).extracting(SourcedValue::text, SourcedValue::sources).containsExactly(
                tuple("60–80 cm", List.of("S14")), tuple("up to 60 cm", List.of("S15")),
                tuple("90–110 cm", List.of("S16")));
    }

    @Test
    void whatNoSourceConfirmsIsMarkedUnconfirmed() {
        assertThat(values("POM-2", AttributeKind.FUZE)).singleElement()
                .satisfies(v -> assertThat(v.unconfirmed()).isTrue());
        assertThat(entry("TM-83").mechanisms()).containsExactly(new Mechanism("side-attack/off-route", true));
        assertThat(entry("TMN-46").mechanisms()).containsExactly(new Mechanism("blast", true));
        assertThat(values("POM-2R", AttributeKind.OTHER)).singleElement()
                .satisfies(v -> assertThat(v.unconfirmed()).isTrue());
        assertThat(entry("MON-90").note()).contains("check CORD");
    }

    @Test
    void absentFactsStayAbsent() {
        assertThat(entry("PMN").attributes(AttributeKind.WEIGHT)).isEmpty();
        assertThat(entry("PTKM-1R").attributes(AttributeKind.SELF_DESTRUCT)).isEmpty();
        assertThat(entry("UMZ-K Klesh-G").attributes()).isEmpty();
        assertThat(entry("POM-2R").mechanisms()).isEmpty();
    }

    @Test
    void mechanismsAreGichdClassesOrTheAntivehicleOnes() {
        assertThat(CATALOGUE.entries()).flatExtracting(MineType::mechanisms).extracting(Mechanism::name)
                .allMatch(EntryReader.MECHANISMS::contains);
        assertThat(entry("OZM-72").mechanisms()).extracting(Mechanism::name).containsExactly("bounding fragmentation");
        assertThat(entry("MON-100").mechanisms()).extracting(Mechanism::name).containsExactly("directional fragmentation");
    }

    @Test
    void selfDestructReadsAsYesNoOrUnknown() {
        assertThat(entry("PFM-1S").selfDestruct()).isEqualTo(SelfDestruct.YES);
        assertThat(entry("POM-3").selfDestruct()).isEqualTo(SelfDestruct.YES);
        assertThat(entry("PMN").selfDestruct()).isEqualTo(SelfDestruct.NO);
        assertThat(entry("PTKM-1R").selfDestruct()).isEqualTo(SelfDestruct.UNKNOWN);
        assertThat(entry("MON-90").selfDestructUnconfirmed()).isTrue();
        assertThat(entry("PMN").selfDestructUnconfirmed()).isFalse();
    }

    @Test
    void aliasesCoverCyrillicVariantsAndNicknames() {
        assertThat(entry("PMN-2").aliases()).contains("ПМН-2");
        assertThat(entry("OZM-72").aliases()).contains("ОЗМ-72");
        assertThat(entry("POM-3").aliases()).contains("ПОМ-3", "Medalyon", "Medallion");
        assertThat(entry("MON-100").aliases()).contains("МОН-100");
        assertThat(entry("TM-62M").aliases()).contains("ТМ-62М");
        assertThat(entry("PFM-1S").aliases()).contains("PFM-1");
        assertThat(entry("PFM-1S").nicknames()).containsExactly("butterfly", "petal", "Green Parrot");
        assertThat(entry("POMZ-2").aliases()).contains("POMZ-2M");
        assertThat(entry("OZM-72").nicknames()).containsExactly("frog", "witch");
        assertThat(entry("PMN").aliases()).contains("Type 58");
    }
}
