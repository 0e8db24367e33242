package org.fieldbook.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON document read with Jackson's streaming parser into a small tree whose every value
 * knows its line, so that a problem in a catalogue file can name the line it is on.
 */
final class LocatedJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A JSON value and the 1-based line it starts on. */
    sealed interface Value permits JObject, JArray, JString, JScalar {
        int line();
    }

    /** An object: members in file order, and the line of each member's name. */
    record JObject(Map<String, Value> members, Map<String, Integer> nameLines, int line) implements Value {
        Value get(String name) {
            return members.get(name);
        }
    }

    record JArray(List<Value> items, int line) implements Value {
    }

    record JString(String value, int line) implements Value {
    }

    /** A number, true, false or null, as written. */
    record JScalar(String text, JsonToken token, int line) implements Value {
    }

    /** The document is not JSON, or holds something JSON allows but a catalogue must not have. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Malformed(int line, String message) {
            super(message);
            this.line = Math.max(1, line);
        }

        int line() {
            return line;
        }
    }

    private LocatedJson() {
    }

    /** Reads one JSON value and checks nothing follows it. */
    static Value parse(byte[] content) throws Malformed {
        try (JsonParser parser = MAPPER.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new Malformed(1, "the file is empty");
            }
            Value value = read(parser);
            if (parser.nextToken() != null) {
                throw new Malformed(line(parser.currentTokenLocation()), "more text after the end of the JSON document");
            }
            return value;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new Malformed(at == null ? 1 : line(at), "not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    private static Value read(JsonParser parser) throws Malformed {
        int line = line(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Value> members = new LinkedHashMap<>();
                Map<String, Integer> nameLines = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    int nameLine = line(parser.currentTokenLocation());
                    if (members.containsKey(name)) {
                        throw new Malformed(nameLine, "\"" + name + "\" is given twice in one object (first on line "
                                + nameLines.get(name) + ")");
                    }
                    parser.nextToken();
                    members.put(name, read(parser));
                    nameLines.put(name, nameLine);
                }
                return new JObject(Collections.unmodifiableMap(members), Collections.unmodifiableMap(nameLines), line);
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new JArray(List.copyOf(items), line);
            }
            case VALUE_STRING -> {
                return new JString(parser.getString(), line);
            }
            default -> {
                return new JScalar(parser.getText(), token, line);
            }
        }
    }

    private static int line(TokenStreamLocation location) {
        return Math.max(1, location.getLineNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
