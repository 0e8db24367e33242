package org.fieldbook.cli;

import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON output of the commands: indented, field names as declared by the *Json records. */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(MAPPER.writeValueAsString(value));
        out.flush();
    }
}
