package org.fieldbook.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fieldbook.catalogue.LocatedJson.JArray;
import org.fieldbook.catalogue.LocatedJson.JObject;
import org.fieldbook.catalogue.LocatedJson.JScalar;
import org.fieldbook.catalogue.LocatedJson.JString;
import org.fieldbook.catalogue.LocatedJson.Value;
import tools.jackson.core.JsonToken;

/** Typed reads of an object's fields, each wrong type reported as an error at its line. */
final class JsonFields {
    private final JObject object;
    private final String where;
    private final ProblemSink sink;

    /** @param where names the object in messages, e.g. "entry PMN-2" */
    JsonFields(JObject object, String where, ProblemSink sink) {
        this.object = object;
        this.where = where;
        this.sink = sink;
    }

    /** Warns about every field not in {@code known} (a misspelt field would otherwise be lost silently). */
    void warnUnknown(Set<String> known) {
        object.members().keySet().stream().filter(name -> !known.contains(name)).forEach(name ->
                sink.warning(object.nameLines().get(name), where + ": unknown field \"" + name + "\" is ignored (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")"));
    }

    /** A non-blank string, or null (an error when {@code required} or when it has the wrong type). */
    String text(String field, boolean required) {
        Value value = object.get(field);
        if (value == null) {
            if (required) {
                sink.error(object.line(), where + ": \"" + field + "\" is missing");
            }
            return null;
        }
        if (!(value instanceof JString string) || string.value().isBlank()) {
            sink.error(value.line(), where + ": \"" + field + "\" must be a non-empty string");
            return null;
        }
        return string.value().strip();
    }

    /** A list of non-blank strings (empty when absent), each with its line. */
    List<JString> texts(String field) {
        List<JString> out = new ArrayList<>();
        for (Value item : array(field)) {
            if (item instanceof JString string && !string.value().isBlank()) {
                out.add(new JString(string.value().strip(), string.line()));
            } else {
                sink.error(item.line(), where + ": every item of \"" + field + "\" must be a non-empty string");
            }
        }
        return out;
    }

    /** The items of an array field (empty when absent or not an array; the latter is an error). */
    List<Value> array(String field) {
        Value value = object.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof JArray array) {
            return array.items();
        }
        sink.error(value.line(), where + ": \"" + field + "\" must be a list [ ... ]");
        return List.of();
    }

    /** true or false; {@code otherwise} when absent. */
    boolean flag(String field, boolean otherwise) {
        Value value = object.get(field);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof JScalar scalar && (scalar.token() == JsonToken.VALUE_TRUE
                || scalar.token() == JsonToken.VALUE_FALSE)) {
            return scalar.token() == JsonToken.VALUE_TRUE;
        }
        sink.error(value.line(), where + ": \"" + field + "\" must be true or false");
        return otherwise;
    }

    /** An object item of a list, or null (an error) when the item is something else. */
    static JObject objectItem(Value item, String what, ProblemSink sink) {
        if (item instanceof JObject object) {
            return object;
        }
        sink.error(item.line(), what + " must be an object { ... }");
        return null;
    }
}
