package org.fieldbook.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The spelling of enum values in files and exports: lower case, words joined by hyphens. */
final class Codes {
    private Codes() {
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> fromCode(E[] values, String code) {
        return Arrays.stream(values).filter(v -> code(v).equals(code)).findFirst();
    }

    static String all(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Codes::code).toList());
    }
}
