package org.fieldbook.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.fieldbook.catalogue.CatalogueReader;
import org.fieldbook.catalogue.NameNormaliser;
import org.fieldbook.library.BundledLibrary;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.Mechanism;
import org.fieldbook.model.MineRole;
import org.fieldbook.model.MineType;

/**
 * A mine-type catalogue of any size for the lookup benchmark: the bundled entries, then
 * generated ones named the way mine designations are (family letters, a number, sometimes
 * a variant letter: "PROM-17", "TMA-312K"), each with a spelling without the hyphen, a
 * Cyrillic spelling for Soviet-style families, and for one in ten a two-word nickname.
 * Every normalised name is unique, as a real catalogue's must be. Deterministic from a seed.
 */
final class CatalogueGenerator {
    private static final String[] LATIN_FAMILIES = {"PROM", "PMA", "TMA", "TMM", "MRUD", "DM", "AT", "M", "VS",
        "TS", "SB", "MI", "NR", "VAL", "MAUS", "PT", "BLU", "ADAM", "GATOR", "MAPAM"};
    private static final String[] SOVIET_FAMILIES = {"PMN", "PMD", "POMZ", "OZM", "MON", "PFM", "POM", "TM", "TMN",
        "TMK", "PTM", "PMZ", "PDM", "MZM", "TMD", "OZMK"};
    private static final String[] VARIANTS = {"", "", "", "A", "B", "M", "R", "K", "S", "P"};
    private static final String[] NICKNAME_FIRST = {"Green", "Black", "Little", "Red", "Iron", "Silent", "Sand",
        "Grey", "Stone", "Night", "Bright", "Cold", "Dark", "Rusty", "Paper", "Glass", "Copper", "Tin"};
    private static final String[] NICKNAME_SECOND = {"Parrot", "Frog", "Beetle", "Butterfly", "Spider", "Toad",
        "Mouse", "Moth", "Lizard", "Crab", "Sparrow", "Shell", "Button", "Pebble", "Box", "Can", "Pot", "Leaf"};
    private static final String CYRILLIC_OF_LATIN = "АБДЕФГИКЛМНОПРСТУВЗ";
    private static final String LATIN_OF_CYRILLIC = "ABDEFGIKLMNOPRSTUVZ";

    private CatalogueGenerator() {
    }

    /** The bundled catalogue grown to {@code total} entries. */
    static Catalogue withEntries(int total, long seed) {
        CatalogueReader.Result bundled = new CatalogueReader().read(BundledLibrary.catalogueFile(),
                BundledLibrary.catalogueContent());
        if (bundled.hasErrors()) {
            throw new IllegalStateException("the bundled catalogue has errors: " + bundled.problems());
        }
        List<MineType> entries = new ArrayList<>(bundled.catalogue().entries());
        Set<String> taken = new HashSet<>();
        entries.forEach(entry -> entry.allNames().forEach(name -> taken.add(NameNormaliser.normalise(name))));
        SplittableRandom random = new SplittableRandom(seed);
        while (entries.size() < total) {
            generated(random, taken).ifPresent(entries::add);
        }
        return new Catalogue(entries, bundled.catalogue().sources());
    }

    private static Optional<MineType> generated(SplittableRandom random, Set<String> taken) {
        boolean soviet = random.nextBoolean();
        String[] families = soviet ? SOVIET_FAMILIES : LATIN_FAMILIES;
        String name = families[random.nextInt(families.length)] + "-" + (1 + random.nextInt(400))
                + VARIANTS[random.nextInt(VARIANTS.length)];
        List<String> aliases = new ArrayList<>(List.of(name.replace('-', ' ')));
        if (soviet) {
            aliases.add(cyrillic(name));
        }
        List<String> nicknames = random.nextInt(10) == 0
                ? List.of(NICKNAME_FIRST[random.nextInt(NICKNAME_FIRST.length)] + " "
                        + NICKNAME_SECOND[random.nextInt(NICKNAME_SECOND.length)])
                : List.of();
        Set<String> keys = new HashSet<>();
        keys.add(NameNormaliser.normalise(name));
        nicknames.forEach(n -> keys.add(NameNormaliser.normalise(n)));
        if (keys.stream().anyMatch(taken::contains)) {
            return Optional.empty();
        }
        taken.addAll(keys);
        MineRole role = random.nextInt(3) == 0 ? MineRole.ANTIVEHICLE : MineRole.ANTIPERSONNEL;
        return Optional.of(new MineType(name, aliases, nicknames, role,
                List.of(new Mechanism(role == MineRole.ANTIVEHICLE ? "blast" : "fragmentation", false)), List.of(),
                null));
    }

    /** The designation in Cyrillic capitals, as Russian sources print it ("ПМН-2"). */
    static String cyrillic(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        for (char c : latin.toCharArray()) {
            int at = LATIN_OF_CYRILLIC.indexOf(c);
            out.append(at >= 0 ? CYRILLIC_OF_LATIN.charAt(at) : c);
        }
        return out.toString();
    }
}
