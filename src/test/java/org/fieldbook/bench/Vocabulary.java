package org.fieldbook.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of the generated corpus, drawn with roughly Zipfian frequencies: a word's
 * chance falls with its rank, so "the" is everywhere and most words are rare. Ranked
 * English words (function words, then the Monitor's subject words and general prose) come
 * first; behind them a long tail of made-up proper names gives the rare words real text has.
 * The benchmark draws its queries from the same lists.
 */
final class Vocabulary {
    /** English words in rank order: the first is the most frequent. */
    static final List<String> WORDS = List.of(("""
            the of and to in a for that on was by as with is has not it from at were be
            which this an or have had are their been also but no all any other said since more than
            into these after would under there about two its such first they only new who
            mines mine antipersonnel treaty report state states party government national
            stockpile destruction clearance casualties area areas contamination monitor
            convention land release forces military use used article cluster munitions
            remnants war explosive ordnance survey assistance victim victims support action
            program international reported year years total destroyed stockpiled transfer production
            meeting meetings statement ministry defense army border officials information data
            December November October September August July June May April March February January
            region province district village villages people killed injured children civilians
            hazardous suspected confirmed square meters kilometers released cleared technical
            non-technical teams team operators operator funding donors million percent deadline extension
            request plan strategy policy legislation law implementation measures compliance obligations
            reports annual transparency form questionnaire response email interview media sources
            ban movement humanitarian organization organizations committee authority center centre
            mined fields minefields devices improvised abandoned unexploded submunitions bombs
            rockets shells grenades weapons armed groups non-state actors conflict fighting
            attack attacks incidents incident accident accidents reported recorded identified
            noted stated indicated claimed announced confirmed denied observed documented
            however although while because during before until through between against without
            within across along near among toward around beyond despite following including
            according regarding concerning only still already never ever again further once
            most many several some few each every both either neither one three four five
            six seven ten hundred thousand dozens hundreds thousands first second third last
            next previous current recent early late former latest remaining outstanding
            significant major minor large small high low long short full partial complete
            available necessary possible likely unclear unknown known public private official
            local regional federal provincial central northern southern eastern western
            rural urban remote mountainous agricultural grazing farmland roads bridges schools
            health medical hospital rehabilitation prosthetic physical psychological social
            economic inclusion disability disabilities services service access provision
            coordination cooperation partners partner agencies agency embassy mission permanent
            observer signatory accession ratification ratified signed acceded joined adopted
            voted abstained resolution assembly general united nations security council
            review conference intersessional standing committees presidency declaration
            commitment commitments pledge pledged contributions contribution budget expenditure
            equipment detectors dogs machines manual mechanical demining deminers deminer
            training trained capacity capacities quality management standards accreditation
            database recording reporting marking fencing warning signs risk education
            awareness sessions beneficiaries communities community households families
            men women boys girls adults farmers herders shepherds returnees refugees displaced
            soldiers police border guards peacekeepers contractors companies commercial
            utility alternatives technology development research testing retained training
            purposes exception exceptions transit storage warehouses depots depot ammunition
            disposal demolition incineration open burning detonation facilities facility
            anti-vehicle antivehicle fragmentation blast bounding directional tripwire
            tripwires fuze fuzes sensor sensors self-destruct self-deactivating remotely
            delivered scatterable emplaced hand-emplaced laid laying planted planting
            allegations allegation evidence photographs video footage investigation investigations
            credible reliable independent verified unverified reportedly apparently allegedly
            shortly subsequently previously currently recently eventually ultimately largely
            mostly mainly partly entirely nearly almost approximately roughly estimated
            estimates estimate figures figure numbers number amount quantity quantities
            stockpiles holdings inventory inventories types type models model variants variant
            origin produced manufactured imported exported supplied acquired captured seized
            discovered found located removed handed collected surrendered
            """).strip().split("\\s+"));

    /** Word pairs and longer phrases the Monitor writes again and again; each counts as one draw. */
    static final List<String> COLLOCATIONS = List.of(
            "Mine Ban Treaty", "antipersonnel mines", "antivehicle mines", "Convention on Cluster Munitions",
            "explosive remnants of war", "military utility", "stockpile destruction", "mine action",
            "victim assistance", "land release", "non-technical survey", "technical survey",
            "Article 7 report", "Article 5 deadline", "States Parties", "Meeting of States Parties",
            "Review Conference", "UN General Assembly", "Amended Protocol II", "Convention on Conventional Weapons",
            "improvised explosive devices", "cluster munition remnants", "suspected hazardous area",
            "confirmed hazardous area", "national mine action authority", "risk education",
            "non-state armed groups", "square meters", "mine/ERW casualties", "in the future",
            "at the end of", "as of", "in accordance with", "for the first time");

    /** Designations of the seed's catalogue, as the Monitor writes them. */
    static final List<String> KNOWN_DESIGNATIONS = List.of("PMN", "PMN-2", "PMN-4", "PFM-1S", "POMZ-2", "OZM-72",
            "MON-50", "MON-90", "MON-100", "MON-200", "POM-2", "POM-2R", "POM-3", "TM-62M", "TM-83", "TMN-46", "TM-62",
            "PTKM-1R");

    /** Designations that no catalogue entry knows. */
    static final List<String> UNKNOWN_DESIGNATIONS = List.of("MON-150", "PMA-3", "PMA-2", "PROM-1", "TMA-4", "VS-50",
            "M14", "Type 72", "PPM-2", "TM-57", "MRUD", "OZM-4");

    private static final String[] SYLLABLES = ("ka to ri mi sa no ve la do ru be ni zo ga ha ki lo ta mo se"
            + " vi ne pa du ko re si bo fa li ma te yo gu na ro di").split(" ");
    /** How many made-up names the tail holds. */
    static final int NAMES = 60_000;

    private final Zipf words = new Zipf(WORDS.size(), 1.0);
    private final Zipf names = new Zipf(NAMES, 1.1);

    /** A word of prose: mostly ranked English, now and then a phrase or a rare name. */
    String word(SplittableRandom random) {
        double roll = random.nextDouble();
        if (roll < 0.05) {
            return COLLOCATIONS.get(random.nextInt(COLLOCATIONS.size()));
        }
        if (roll < 0.08) {
            return name(names.draw(random));
        }
        return WORDS.get(words.draw(random));
    }

    /** A made-up proper name, the same for the same rank: "Kamiro", "Tovela". */
    static String name(int rank) {
        StringBuilder name = new StringBuilder();
        int r = rank;
        do {
            name.append(SYLLABLES[r % SYLLABLES.length]);
            r /= SYLLABLES.length;
        } while (r > 0);
        if (name.length() < 5) {
            name.append("ra");
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    /** A rare made-up name, from far down the tail. */
    String rareName(SplittableRandom random) {
        return name(NAMES / 2 + random.nextInt(NAMES / 2));
    }

    String knownDesignation(SplittableRandom random) {
        return KNOWN_DESIGNATIONS.get(random.nextInt(KNOWN_DESIGNATIONS.size()));
    }

    String unknownDesignation(SplittableRandom random) {
        return UNKNOWN_DESIGNATIONS.get(random.nextInt(UNKNOWN_DESIGNATIONS.size()));
    }

    /** Lower-case single words (no hyphen) among the {@code count} most frequent, for queries. */
    static List<String> commonWords(int count) {
        return WORDS.subList(0, Math.min(count, WORDS.size())).stream()
                .filter(w -> w.chars().allMatch(Character::isLetter)).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** Single words ranked after {@code from}, for queries on less frequent words. */
    static List<String> lessCommonWords(int from) {
        return WORDS.subList(Math.min(from, WORDS.size()), WORDS.size()).stream()
                .filter(w -> w.chars().allMatch(Character::isLetter)).toList();
    }

    /** Draws ranks 0..n-1 with chance proportional to 1/(rank+1)^s. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int rank = 0; rank < n; rank++) {
                sum += 1.0 / Math.pow(rank + 1, s);
                cumulative[rank] = sum;
            }
            for (int rank = 0; rank < n; rank++) {
                cumulative[rank] /= sum;
            }
        }

        int draw(SplittableRandom random) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
        }
    }

    /** Every word of the list, for tests that check the corpus uses them. */
    static List<String> all() {
        List<String> all = new ArrayList<>(WORDS);
        all.addAll(COLLOCATIONS);
        return all;
    }
}
