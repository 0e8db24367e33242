package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fieldbook.model.Mention;
import org.fieldbook.model.MentionCount;

/** The library's mine-type catalogue: the imported file, one row per entry, and the mentions. */
public final class CatalogueRepository {
    private static final String UPSERT = """
            INSERT INTO catalogue (id, generation, source_file, document, imported_at) VALUES (1, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET generation = excluded.generation, source_file = excluded.source_file,
                                           document = excluded.document, imported_at = excluded.imported_at""";

    /** What replacing the catalogue did: its new generation and how many mentions the library now holds. */
    public record Replaced(long generation, long mentions) {
    }

    private final Database db;

    public CatalogueRepository(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * The catalogue the library holds, or empty when it has never had one.
     *
     * @throws StorageException when the library cannot be read
     */
    public Optional<StoredCatalogue> load() {
        return db.read("read the mine-type catalogue", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT generation, source_file, document FROM catalogue WHERE id = 1");
                 ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new StoredCatalogue(row.getLong(1), row.getString(2), row.getString(3)))
                        : Optional.empty();
            }
        });
    }

    /**
     * The generation of the catalogue the library holds (0: none yet); it grows with every
     * import, so a cached copy can tell it is out of date.
     *
     * @throws StorageException when the library cannot be read
     */
    public long generation() {
        return db.read("read the catalogue generation", CatalogueRepository::generation);
    }

    static long generation(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT generation FROM catalogue WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /**
     * Replaces the catalogue in one transaction: stores the file's text, makes one row per
     * entry, and finds the mentions in every passage of the library again with
     * {@code scanner} (streaming over the passages). All of it, or, when it fails, nothing.
     *
     * @param names the entries' canonical names, in file order (unique)
     * @throws StorageException when the library cannot be written
     */
    public Replaced replace(String sourceFile, String document, List<String> names, PassageScanner scanner) {
        return db.inTransaction("replace the mine-type catalogue", connection -> {
            long generation = generation(connection) + 1;
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setLong(1, generation);
                upsert.setString(2, sourceFile);
                upsert.setString(3, document);
                upsert.setString(4, Instant.now().toString());
                upsert.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mine_type")) {
                delete.executeUpdate();
            }
            Map<String, Long> ids = insertNames(connection, names);
            return new Replaced(generation, new MentionWriter(connection).recomputeAll(scanner, ids));
        });
    }

    private static Map<String, Long> insertNames(Connection connection, List<String> names) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO mine_type (ordinal, name) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < names.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, names.get(i));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    if (!key.next()) {
                        throw new SQLException("no row id for the catalogue entry " + names.get(i));
                    }
                    ids.put(names.get(i), key.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * The passages that name an entry, report by report in list order, each report's
     * passages in reading order (footnotes after the text); at most {@code limit}.
     *
     * @throws StorageException when the library cannot be read
     */
    public List<Mention> mentions(String mineType, int limit) {
        return db.readStored("read the mentions of " + mineType,
                connection -> new MentionReader(connection).of(mineType, Math.max(0, limit)));
    }

    /**
     * For every entry named somewhere, how many passages in how many reports name it
     * (entries named nowhere are absent).
     *
     * @throws StorageException when the library cannot be read
     */
    public Map<String, MentionCount> counts() {
        return db.read("count the mentions", connection -> new MentionReader(connection).counts());
    }
}
