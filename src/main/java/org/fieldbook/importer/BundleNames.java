package org.fieldbook.importer;

import java.util.Locale;

/** The rules for the names of entries in a bundle: relative, inside its root, printable. */
final class BundleNames {
    private static final int SHOWN_LENGTH = 120;

    private BundleNames() {
    }

    /** What is wrong with an entry name (completing "the entry X ..."), or null when it is fine. */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "has no name";
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return "has control characters in its name";
        }
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return "has an absolute path (bundles hold relative paths only)";
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return "points outside the bundle (\"..\" in its path)";
            }
        }
        return null;
    }

    /** macOS adds these to every zip it makes; they hold nothing for the library. */
    static boolean ignored(String name) {
        return name.startsWith("__MACOSX/") || name.equals(".DS_Store") || name.endsWith("/.DS_Store");
    }

    /** The lower-case extension of the name, without the dot, or "". */
    static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The name as a message may show it: quoted, control characters replaced, long names cut. */
    static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(SHOWN_LENGTH)
                .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return "'" + shown + (name.length() > SHOWN_LENGTH ? "…" : "") + "'";
    }
}
