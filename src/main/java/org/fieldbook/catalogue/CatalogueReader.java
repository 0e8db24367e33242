package org.fieldbook.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fieldbook.catalogue.EntryReader.NameAt;
import org.fieldbook.catalogue.EntryReader.ReadEntry;
import org.fieldbook.catalogue.LocatedJson.JObject;
import org.fieldbook.catalogue.LocatedJson.JScalar;
import org.fieldbook.catalogue.LocatedJson.JString;
import org.fieldbook.catalogue.LocatedJson.Value;
import org.fieldbook.importer.Problem;
import org.fieldbook.model.Catalogue;
import org.fieldbook.model.CatalogueSource;
import org.fieldbook.model.MineType;

/**
 * Reads a mine-type catalogue file (JSON, {@code "kind": "fieldbook-catalogue"}) and checks
 * it: JSON syntax, known roles and attribute kinds, a source for every value (or the value
 * marked unconfirmed), sources that exist, and names and aliases that are unique across the
 * catalogue once case, hyphens and spaces are ignored. Every problem names its line.
 */
public final class CatalogueReader {
    /** The value of the top-level "kind" field that marks a catalogue file. */
    public static final String KIND = "fieldbook-catalogue";
    static final int FORMAT_VERSION = 1;
    private static final Pattern MARKER = Pattern.compile("\"kind\"\\s*:\\s*\"" + KIND + "\"");
    private static final int MARKER_WINDOW = 64 * 1024;
    private static final Set<String> FIELDS = Set.of("kind", "formatVersion", "title", "note", "sources", "entries");
    private static final Set<String> SOURCE_FIELDS = Set.of("key", "urls", "note");

    /** The catalogue (null when the file has errors) and every problem found, in line order. */
    public record Result(Catalogue catalogue, List<Problem> problems) {
        public boolean hasErrors() {
            return catalogue == null;
        }
    }

    /** Whether the content carries the catalogue marker near its start (before any full parse). */
    public static boolean isCatalogue(byte[] content) {
        int length = Math.min(content.length, MARKER_WINDOW);
        return MARKER.matcher(new String(content, 0, length, StandardCharsets.UTF_8)).find();
    }

    /** Reads and checks a catalogue file; {@code file} names it in problems. */
    public Result read(String file, byte[] content) {
        ProblemSink sink = new ProblemSink(file);
        Value root;
        try {
            root = LocatedJson.parse(content);
        } catch (LocatedJson.Malformed e) {
            sink.error(e.line(), e.getMessage());
            return new Result(null, sink.sorted());
        }
        if (!(root instanceof JObject object)) {
            sink.error(root.line(), "a catalogue file is one JSON object { \"kind\": \"" + KIND + "\", ... }");
            return new Result(null, sink.sorted());
        }
        JsonFields fields = new JsonFields(object, "the catalogue", sink);
        fields.warnUnknown(FIELDS);
        String kind = fields.text("kind", true);
        if (kind != null && !KIND.equals(kind)) {
            sink.error(object.get("kind").line(), "\"kind\" is \"" + kind + "\"; a catalogue file has \"" + KIND + "\"");
        }
        checkVersion(object, sink);
        List<CatalogueSource> sources = sources(fields, sink);
        if (object.get("entries") == null) {
            sink.error(object.line(), "the catalogue: \"entries\" is missing");
        }
        Set<String> keys = new LinkedHashSet<>();
        sources.forEach(s -> keys.add(s.key()));
        EntryReader entryReader = new EntryReader(keys, sink);
        List<MineType> entries = new ArrayList<>();
        Map<String, NameAt> owners = new HashMap<>();
        Map<String, String> ownerEntry = new HashMap<>();
        List<Value> items = fields.array("entries");
        for (int i = 0; i < items.size(); i++) {
            JObject item = JsonFields.objectItem(items.get(i), "entry " + (i + 1), sink);
            if (item == null) {
                continue;
            }
            ReadEntry read = entryReader.read(item, i);
            checkNames(read.names(), owners, ownerEntry, sink);
            if (read.type() != null) {
                entries.add(read.type());
            }
        }
        return new Result(sink.hasErrors() ? null : new Catalogue(entries, sources), sink.sorted());
    }

    private static void checkVersion(JObject object, ProblemSink sink) {
        Value version = object.get("formatVersion");
        if (version == null) {
            return;
        }
        if (!(version instanceof JScalar scalar) || !scalar.text().matches("\\d+")) {
            sink.error(version.line(), "\"formatVersion\" must be a whole number");
        } else if (Integer.parseInt(scalar.text()) > FORMAT_VERSION) {
            sink.error(version.line(), "the file has format version " + scalar.text() + "; this Fieldbook reads up to "
                    + "version " + FORMAT_VERSION + " (update Fieldbook to import it)");
        }
    }

    private static List<CatalogueSource> sources(JsonFields fields, ProblemSink sink) {
        List<CatalogueSource> sources = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Value item : fields.array("sources")) {
            JObject object = JsonFields.objectItem(item, "a source", sink);
            if (object == null) {
                continue;
            }
            JsonFields source = new JsonFields(object, "source", sink);
            String key = source.text("key", true);
            if (key == null) {
                continue;
            }
            source = new JsonFields(object, "source " + key, sink);
            source.warnUnknown(SOURCE_FIELDS);
            List<String> urls = source.texts("urls").stream().map(JString::value).toList();
            String note = source.text("note", false);
            if (urls.isEmpty() && note == null) {
                sink.error(object.line(), "source " + key + ": give its \"urls\" or a \"note\" saying what it is");
            }
            Integer first = seen.putIfAbsent(key, object.line());
            if (first != null) {
                sink.error(object.line(), "source " + key + " is listed twice (first on line " + first + ")");
            } else {
                sources.add(new CatalogueSource(key, urls, note));
            }
        }
        return sources;
    }

    /** Every name must be unique across entries once normalised; within an entry, no text twice. */
    private static void checkNames(List<NameAt> names, Map<String, NameAt> owners, Map<String, String> ownerEntry,
                                   ProblemSink sink) {
        if (names.isEmpty()) {
            return;
        }
        String entry = names.get(0).text();
        Set<String> ownTexts = new LinkedHashSet<>();
        Map<String, NameAt> ownKeys = new HashMap<>();
        for (NameAt name : names) {
            String key = NameNormaliser.normalise(name.text());
            if (key.isEmpty()) {
                sink.error(name.line(), entry + ": \"" + name.text() + "\" has no letters or digits to look it up by");
                continue;
            }
            if (!ownTexts.add(name.text().toLowerCase(Locale.ROOT))) {
                sink.error(name.line(), entry + ": \"" + name.text() + "\" is listed twice");
                continue;
            }
            NameAt other = owners.get(key);
            if (other != null) {
                sink.error(name.line(), entry + ": \"" + name.text() + "\" is already a name of " + ownerEntry.get(key)
                        + " (\"" + other.text() + "\", line " + other.line() + "); names and aliases must be unique "
                        + "across the catalogue, ignoring case, hyphens and spaces");
                continue;
            }
            ownKeys.putIfAbsent(key, name);
        }
        ownKeys.forEach((key, name) -> {
            owners.put(key, name);
            ownerEntry.put(key, entry);
        });
    }
}
