package org.fieldbook.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.fieldbook.catalogue.DesignationSpotter.Spotted;
import org.fieldbook.catalogue.ReportPassages.Passage;
import org.fieldbook.importer.MentionScanner;
import org.fieldbook.importer.Problem;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.Mention;
import org.fieldbook.model.MentionCount;
import org.fieldbook.model.MineType;
import org.fieldbook.model.NameMatch;
import org.fieldbook.model.PassageMention;
import org.fieldbook.model.Report;
import org.fieldbook.model.ReportMentions;
import org.fieldbook.storage.CatalogueRepository;
import org.fieldbook.storage.StorageException;
import org.fieldbook.storage.StoredCatalogue;

/**
 * The mine-type catalogue: lookup by any name (in memory, as the user types), the entries,
 * where the library mentions them, and replacing the catalogue. Keeps the library's
 * catalogue in memory and reloads it when another Fieldbook has replaced it.
 */
public final class CatalogueService implements MentionScanner {
    private static final Logger LOG = Logger.getLogger(CatalogueService.class.getName());

    private final CatalogueRepository repository;
    private volatile CatalogueIndex index;

    /** The catalogue of the library behind {@code repository}, read now. */
    public CatalogueService(CatalogueRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.index = load();
    }

    private CatalogueService(Catalogue catalogue) {
        this.repository = null;
        this.index = CatalogueIndex.of(0, catalogue);
    }

    /** A service over a catalogue held only in memory (checking files without a library); it stores nothing. */
    public static CatalogueService inMemory(Catalogue catalogue) {
        return new CatalogueService(catalogue);
    }

    /** The catalogue, as the library holds it now. */
    public Catalogue catalogue() {
        return current().catalogue();
    }

    /** True when the library has never had a catalogue imported (not merely an empty one). */
    public boolean neverImported() {
        return repository != null && repository.generation() == 0;
    }

    /**
     * The entries whose names match {@code query}, best first: exact name, alias, prefix,
     * word of a longer name, then (only when none of those matched) one typo away. Case,
     * hyphens and spaces are ignored and Cyrillic is read as Latin. Empty when nothing
     * matches. Works in memory only, fast enough to run on every keystroke.
     */
    public List<LookupHit> lookup(String query) {
        return index.lookup().lookup(query);
    }

    /** The entry with this canonical name. */
    public Optional<MineType> entry(String name) {
        return index.catalogue().entry(name);
    }

    /**
     * The passages of the library that name the entry, in report order; at most {@code limit}.
     *
     * @throws StorageException when the library cannot be read
     */
    public List<Mention> mentions(String name, int limit) {
        return repository == null ? List.of() : repository.mentions(name, limit);
    }

    /**
     * How many passages in how many reports name each entry (entries named nowhere are absent).
     *
     * @throws StorageException when the library cannot be read
     */
    public Map<String, MentionCount> mentionCounts() {
        return repository == null ? Map.of() : repository.counts();
    }

    /**
     * Replaces the library's catalogue with {@code catalogue} (read from {@code document},
     * the file's text) and finds the mentions in the whole library again, in one transaction.
     *
     * @return what the library holds now
     * @throws StorageException when the library cannot be written (it keeps its old catalogue)
     */
    public CatalogueRepository.Replaced replace(String sourceFile, byte[] document, Catalogue catalogue) {
        if (repository == null) {
            throw new IllegalStateException("this catalogue is not a library's: it cannot be replaced");
        }
        CatalogueIndex next = CatalogueIndex.of(0, catalogue);
        CatalogueRepository.Replaced replaced = repository.replace(sourceFile,
                new String(document, StandardCharsets.UTF_8), catalogue.entries().stream().map(MineType::name).toList(),
                next.finder()::scan);
        index = CatalogueIndex.of(replaced.generation(), catalogue);
        return replaced;
    }

    @Override
    public ReportMentions mentionsIn(Report report) {
        CatalogueIndex now = current();
        List<PassageMention> mentions = new ArrayList<>();
        for (Passage passage : ReportPassages.of(report)) {
            for (NameMatch match : now.finder().scan(passage.text())) {
                mentions.add(new PassageMention(passage.kind(), passage.ordinal(), match));
            }
        }
        return new ReportMentions(repository == null ? ReportMentions.UNCHECKED : now.generation(), mentions);
    }

    @Override
    public List<Problem> unknownDesignations(Report report, String file) {
        CatalogueIndex now = current();
        List<Problem> problems = new ArrayList<>();
        for (Spotted spotted : DesignationSpotter.unknown(ReportPassages.of(report), now.keys()::contains)) {
            problems.add(Problem.info(file, spotted.line(), spotted.designation()
                    + " looks like a mine designation but is not in the catalogue"));
        }
        return problems;
    }

    /** The index, reloaded first when the library's catalogue is newer than it. */
    private CatalogueIndex current() {
        CatalogueIndex now = index;
        if (repository != null && repository.generation() != now.generation()) {
            now = load();
            index = now;
        }
        return now;
    }

    private CatalogueIndex load() {
        Optional<StoredCatalogue> stored = repository.load();
        if (stored.isEmpty()) {
            return CatalogueIndex.of(0, Catalogue.EMPTY);
        }
        StoredCatalogue found = stored.get();
        CatalogueReader.Result read = new CatalogueReader().read(found.sourceFile(),
                found.document().getBytes(StandardCharsets.UTF_8));
        if (read.hasErrors()) {
            // Only a library changed outside Fieldbook gets here; it still opens, without a catalogue.
            LOG.warning("the stored mine-type catalogue cannot be read; import a catalogue file to replace it: "
                    + read.problems());
            return CatalogueIndex.of(found.generation(), Catalogue.EMPTY);
        }
        return CatalogueIndex.of(found.generation(), read.catalogue());
    }
}
