package org.fieldbook.bench;

import java.util.List;
import org.fieldbook.model.ReportId;

/**
 * Country, profile type and year of the generated profile number {@code index}: a
 * different combination for every index below {@link #capacity()} (48,600), spread over
 * the whole space by a stride prime to its size, so a corpus of any size mixes countries,
 * types and years and no two of its reports share an id.
 */
final class CorpusIds {
    static final List<String> COUNTRIES = List.of(("Afghanistan;Albania;Algeria;Angola;Argentina;Armenia;Azerbaijan;"
            + "Bahrain;Bangladesh;Belarus;Bhutan;Bolivia;Bosnia and Herzegovina;Botswana;Brazil;Bulgaria;Burkina Faso;"
            + "Burundi;Cambodia;Cameroon;Canada;Central African Republic;Chad;Chile;China;Colombia;Congo;"
            + "Côte d’Ivoire;Croatia;Cuba;Cyprus;Denmark;Djibouti;Ecuador;Egypt;El Salvador;Eritrea;Estonia;Ethiopia;"
            + "Finland;France;Gabon;Gambia;Georgia;Germany;Ghana;Greece;Guatemala;Guinea;Guinea-Bissau;Honduras;"
            + "Hungary;India;Indonesia;Iran;Iraq;Ireland;Israel;Italy;Jamaica;Japan;Jordan;Kazakhstan;Kenya;Kosovo;"
            + "Kuwait;Kyrgyzstan;Lao PDR;Latvia;Lebanon;Lesotho;Liberia;Libya;Lithuania;Madagascar;Malawi;Malaysia;"
            + "Mali;Mauritania;Mexico;Moldova;Mongolia;Montenegro;Morocco;Mozambique;Myanmar/Burma;Namibia;Nepal;"
            + "Netherlands;New Zealand;Nicaragua;Niger;Nigeria;North Macedonia;Norway;Oman;Pakistan;Palau;Palestine;"
            + "Panama;Papua New Guinea;Paraguay;Peru;Philippines;Poland;Portugal;Qatar;Romania;Russian Federation;"
            + "Rwanda;Saudi Arabia;Senegal;Serbia;Sierra Leone;Singapore;Slovakia;Slovenia;Somalia;Somaliland;"
            + "South Africa;South Korea;South Sudan;Spain;Sri Lanka;Sudan;Suriname;Sweden;Switzerland;Syria;"
            + "Tajikistan;Tanzania;Thailand;Timor-Leste;Togo;Tunisia;Turkey;Turkmenistan;Tuvalu;Uganda;Ukraine;"
            + "United Kingdom;United States;Uruguay;Uzbekistan;Venezuela;Vietnam;Western Sahara;Yemen;Zambia;"
            + "Zimbabwe").split(";"));
    /** Profile types; "%d" is the report year. The last two are unknown types (accepted with a warning). */
    static final List<String> TYPES = List.of("Mine Ban Policy", "Cluster Munition Ban Policy", "Mine Action",
            "Support for Mine Action", "Impact", "Casualties", "Casualties and Victim Assistance",
            "Victim Assistance", "Cluster Munition Remnants", "Landmine Monitor Report %d", "Mine Ban Policy Summary",
            "Country Summary");
    static final int FIRST_YEAR = 1999;
    static final int YEARS = 27;
    private static final int STRIDE = 7_919;

    /** What a generated profile is about. */
    record Subject(String country, String type, int year) {
        /** The type as written in the title, with the year filled in where it takes one. */
        String typeTitle() {
            return type.formatted(year);
        }

        boolean typeNamesYear() {
            return type.contains("%d");
        }

        boolean typeIsKnown() {
            return TYPES.indexOf(type) < TYPES.size() - 2;
        }

        /** The id the importer gives the report. */
        ReportId id() {
            return ReportId.of(country, typeTitle(), year);
        }

        /** The file name, as the Monitor's downloads are named: country, type and year. */
        String fileName() {
            String name = ReportId.slug(country) + "-" + ReportId.slug(typeTitle());
            return (typeNamesYear() ? name : name + "-" + year) + ".txt";
        }
    }

    private CorpusIds() {
    }

    static int capacity() {
        return COUNTRIES.size() * TYPES.size() * YEARS;
    }

    static Subject subject(long seed, int index) {
        if (index < 0 || index >= capacity()) {
            throw new IllegalArgumentException("a corpus holds at most " + capacity() + " distinct profiles");
        }
        int slot = (int) ((index * (long) STRIDE + Math.floorMod(seed, capacity())) % capacity());
        int year = slot % YEARS;
        int rest = slot / YEARS;
        return new Subject(COUNTRIES.get(rest % COUNTRIES.size()), TYPES.get(rest / COUNTRIES.size()), FIRST_YEAR + year);
    }
}
