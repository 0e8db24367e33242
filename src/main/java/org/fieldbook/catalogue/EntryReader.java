package org.fieldbook.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fieldbook.catalogue.LocatedJson.JObject;
import org.fieldbook.catalogue.LocatedJson.JString;
import org.fieldbook.catalogue.LocatedJson.Value;
import org.fieldbook.model.AttributeKind;
import org.fieldbook.model.Mechanism;
import org.fieldbook.model.MineAttribute;
import org.fieldbook.model.MineRole;
import org.fieldbook.model.MineType;
import org.fieldbook.model.SourcedValue;

/** Reads one entry of a catalogue file, reporting every problem in it with its line. */
final class EntryReader {
    static final Set<String> FIELDS = Set.of("name", "aliases", "nicknames", "role", "mechanism", "attributes", "note");
    private static final Set<String> ATTRIBUTE_FIELDS = Set.of("kind", "label", "sourcesDiffer", "values");
    private static final Set<String> VALUE_FIELDS = Set.of("value", "sources", "unconfirmed");
    private static final Set<String> MECHANISM_FIELDS = Set.of("name", "unconfirmed");
    /** GICHD's four classes of antipersonnel mine, then the antivehicle ones this catalogue uses. */
    static final List<String> MECHANISMS = List.of("blast", "bounding fragmentation", "directional fragmentation",
            "fragmentation", "top-attack", "side-attack/off-route");

    /** A name of the entry (canonical, alias or nickname) and its line. */
    record NameAt(String text, int line) {
    }

    /** The entry, or null when it has errors, and all its names with their lines. */
    record ReadEntry(MineType type, List<NameAt> names) {
    }

    private final Set<String> sourceKeys;
    private final ProblemSink sink;

    EntryReader(Set<String> sourceKeys, ProblemSink sink) {
        this.sourceKeys = sourceKeys;
        this.sink = sink;
    }

    ReadEntry read(JObject object, int index) {
        int errorsBefore = sink.errorCount();
        JsonFields fields = new JsonFields(object, "entry " + (index + 1), sink);
        String name = fields.text("name", true);
        String where = name == null ? "entry " + (index + 1) : name;
        fields = new JsonFields(object, where, sink);
        fields.warnUnknown(FIELDS);
        List<NameAt> names = new ArrayList<>();
        if (name != null) {
            names.add(new NameAt(name, object.nameLines().get("name")));
        }
        List<JString> aliases = fields.texts("aliases");
        List<JString> nicknames = fields.texts("nicknames");
        aliases.forEach(a -> names.add(new NameAt(a.value(), a.line())));
        nicknames.forEach(n -> names.add(new NameAt(n.value(), n.line())));
        MineRole role = role(fields, where, object);
        List<Mechanism> mechanisms = mechanisms(fields, where);
        List<MineAttribute> attributes = new ArrayList<>();
        for (Value item : fields.array("attributes")) {
            JObject attribute = JsonFields.objectItem(item, where + ": an attribute", sink);
            if (attribute != null) {
                attribute(attribute, where).ifPresent(attributes::add);
            }
        }
        String note = fields.text("note", false);
        if (name == null || role == null || sink.errorCount() > errorsBefore) {
            return new ReadEntry(null, names);
        }
        return new ReadEntry(new MineType(name, aliases.stream().map(JString::value).toList(),
                nicknames.stream().map(JString::value).toList(), role, mechanisms, attributes, note), names);
    }

    private MineRole role(JsonFields fields, String where, JObject object) {
        String role = fields.text("role", true);
        if (role == null) {
            return null;
        }
        Optional<MineRole> known = MineRole.ofLabel(role);
        if (known.isEmpty()) {
            sink.error(object.get("role").line(), where + ": unknown role \"" + role + "\" (known: "
                    + Arrays.stream(MineRole.values()).map(MineRole::label).collect(Collectors.joining(", ")) + ")");
        }
        return known.orElse(null);
    }

    private List<Mechanism> mechanisms(JsonFields fields, String where) {
        List<Mechanism> mechanisms = new ArrayList<>();
        for (Value item : fields.array("mechanism")) {
            Mechanism mechanism = null;
            if (item instanceof JString string && !string.value().isBlank()) {
                mechanism = new Mechanism(string.value().strip(), false);
            } else if (item instanceof JObject object) {
                JsonFields inner = new JsonFields(object, where + ": mechanism", sink);
                inner.warnUnknown(MECHANISM_FIELDS);
                String name = inner.text("name", true);
                mechanism = name == null ? null : new Mechanism(name, inner.flag("unconfirmed", false));
            } else {
                sink.error(item.line(), where + ": a mechanism must be a name, or {\"name\": ..., \"unconfirmed\": true}");
            }
            if (mechanism != null) {
                if (!MECHANISMS.contains(mechanism.name())) {
                    sink.warning(item.line(), where + ": mechanism \"" + mechanism.name()
                            + "\" is not one of the known classes (" + String.join(", ", MECHANISMS) + ")");
                }
                mechanisms.add(mechanism);
            }
        }
        return mechanisms;
    }

    private Optional<MineAttribute> attribute(JObject object, String where) {
        JsonFields fields = new JsonFields(object, where + ": attribute", sink);
        fields.warnUnknown(ATTRIBUTE_FIELDS);
        String key = fields.text("kind", true);
        Optional<AttributeKind> kind = key == null ? Optional.empty() : AttributeKind.ofKey(key);
        if (key != null && kind.isEmpty()) {
            sink.error(object.get("kind").line(), where + ": unknown attribute kind \"" + key + "\" (known: "
                    + Arrays.stream(AttributeKind.values()).map(AttributeKind::key).collect(Collectors.joining(", "))
                    + "; use \"other\" with a \"label\" for anything else)");
        }
        String label = fields.text("label", false);
        String what = where + ": " + (label != null ? label : key != null ? key : "attribute");
        boolean sourcesDiffer = fields.flag("sourcesDiffer", false);
        List<SourcedValue> values = new ArrayList<>();
        for (Value item : fields.array("values")) {
            JObject value = JsonFields.objectItem(item, what + ": a value", sink);
            if (value != null) {
                value(value, what).ifPresent(values::add);
            }
        }
        if (values.isEmpty()) {
            sink.error(object.line(), what + ": an attribute needs at least one value in \"values\"");
        }
        return kind.map(k -> new MineAttribute(k, label, sourcesDiffer, values));
    }

    private Optional<SourcedValue> value(JObject object, String what) {
        JsonFields fields = new JsonFields(object, what, sink);
        fields.warnUnknown(VALUE_FIELDS);
        String text = fields.text("value", true);
        boolean unconfirmed = fields.flag("unconfirmed", false);
        List<String> sources = new ArrayList<>();
        for (JString source : fields.texts("sources")) {
            if (!sourceKeys.contains(source.value())) {
                sink.error(source.line(), what + ": source \"" + source.value() + "\" is not in the file's \"sources\"");
            }
            sources.add(source.value());
        }
        if (text != null && sources.isEmpty() && !unconfirmed) {
            sink.error(object.line(), what + ": the value \"" + text + "\" has no source (list its sources, or mark it "
                    + "\"unconfirmed\": true if no source confirms it)");
        }
        return text == null ? Optional.empty() : Optional.of(new SourcedValue(text, sources, unconfirmed));
    }
}
