package org.fieldbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON layer of a figures file: its top-level fields and each figure's fields, every one
 * with the line it is written on, so that problems can name {@code file:line}. Syntax errors
 * become one problem at the line Jackson reports.
 */
final class FiguresJson {
    /** The value of the top-level {@code "kind"} field that marks a figures file. */
    static final String KIND = "fieldbook-figures";
    /**
     * Recognises a figures file from its text, even when its JSON is broken: an object with
     * the figures kind anywhere in it (no figure has that kind, so it is the file's own).
     */
    static final Pattern KIND_FIELD = Pattern.compile("\\A\\s*\\{.*?\"kind\"\\s*:\\s*\"" + KIND + "\"",
            Pattern.DOTALL);

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** A field's value and the 1-based line of its name. */
    record Field(JsonNode value, int line) {
    }

    /** One figure object: the line it starts on and its fields in file order. */
    record Entry(int line, Map<String, Field> fields) {
    }

    /** The file's top-level fields (other than "figures"), its figures, and any syntax problem. */
    record Document(Map<String, Field> top, int figuresLine, List<Entry> figures, Problem syntaxProblem) {
        boolean isReadable() {
            return syntaxProblem == null;
        }
    }

    private FiguresJson() {
    }

    static Document read(String file, byte[] content) {
        Map<String, Field> top = new LinkedHashMap<>();
        List<Entry> figures = new ArrayList<>();
        int figuresLine = 1;
        try (JsonParser parser = MAPPER.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return failed(file, line(parser.currentTokenLocation()), "a figures file is one JSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                int at = line(parser.currentTokenLocation());
                JsonToken value = parser.nextToken();
                if (name.equals("figures") && value == JsonToken.START_ARRAY) {
                    figuresLine = at;
                    readFigures(parser, figures);
                } else {
                    top.put(name, new Field(parser.readValueAsTree(), at));
                }
            }
            if (parser.nextToken() != null) {
                return failed(file, line(parser.currentTokenLocation()), "text after the end of the JSON object");
            }
        } catch (JacksonException e) {
            return failed(file, line(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
        }
        return new Document(top, figuresLine, figures, null);
    }

    private static void readFigures(JsonParser parser, List<Entry> figures) {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            int start = line(parser.currentTokenLocation());
            Map<String, Field> fields = new LinkedHashMap<>();
            if (token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    int at = line(parser.currentTokenLocation());
                    parser.nextToken();
                    fields.put(name, new Field(parser.readValueAsTree(), at));
                }
            } else {
                parser.skipChildren();
            }
            // a non-object entry is kept with no fields, so that it is reported at its line
            figures.add(new Entry(start, token == JsonToken.START_OBJECT ? fields : null));
        }
    }

    private static int line(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    private static Document failed(String file, int line, String message) {
        return new Document(Map.of(), 1, List.of(), Problem.error(file, line, message));
    }
}
