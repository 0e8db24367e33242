package org.fieldbook.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements, so that each runs as a prepared statement.
 * The scripts follow two rules: a statement ends with a line that ends in {@code ;}, and a
 * {@code CREATE TRIGGER} ends with a line {@code END;}. Lines starting with {@code --} are comments.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String rawLine : script.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty() || line.startsWith("--")) {
                continue;
            }
            current.append(rawLine.stripTrailing()).append('\n');
            if (line.endsWith(";") && (!isTrigger(current) || line.equalsIgnoreCase("END;"))) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration script ends inside a statement: " + current);
        }
        return statements;
    }

    private static boolean isTrigger(CharSequence statement) {
        return statement.toString().stripLeading().toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER");
    }
}
