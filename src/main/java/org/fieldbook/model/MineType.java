package org.fieldbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of the mine-type catalogue: canonical name, other names (spellings, Cyrillic,
 * variants) and nicknames, role, mechanism, the facts with their sources, and a note
 * (such as "check CORD"), or null.
 */
public record MineType(String name, List<String> aliases, List<String> nicknames, MineRole role,
                       List<Mechanism> mechanisms, List<MineAttribute> attributes, String note) {

    /** Whether a mine destroys itself after a time, as far as the catalogue's sources say. */
    public enum SelfDestruct { YES, NO, UNKNOWN }

    public MineType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        aliases = List.copyOf(aliases);
        nicknames = List.copyOf(nicknames);
        mechanisms = List.copyOf(mechanisms);
        attributes = List.copyOf(attributes);
    }

    /** The canonical name, then the aliases, then the nicknames. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>(1 + aliases.size() + nicknames.size());
        names.add(name);
        names.addAll(aliases);
        names.addAll(nicknames);
        return names;
    }

    /** The attributes of one kind, in file order. */
    public List<MineAttribute> attributes(AttributeKind kind) {
        return attributes.stream().filter(a -> a.kind() == kind).toList();
    }

    /**
     * YES or NO when the self-destruct values begin with "yes", or with "no"/"none" (the
     * catalogue file writes them so); UNKNOWN when there is no such value.
     */
    public SelfDestruct selfDestruct() {
        Optional<String> first = attributes(AttributeKind.SELF_DESTRUCT).stream()
                .flatMap(a -> a.values().stream()).map(v -> v.text().strip().toLowerCase(Locale.ROOT)).findFirst();
        if (first.isEmpty()) {
            return SelfDestruct.UNKNOWN;
        }
        if (first.get().startsWith("yes")) {
            return SelfDestruct.YES;
        }
        return first.get().startsWith("no") ? SelfDestruct.NO : SelfDestruct.UNKNOWN;
    }

    /** Whether every self-destruct value is unconfirmed (or there is none). */
    public boolean selfDestructUnconfirmed() {
        return attributes(AttributeKind.SELF_DESTRUCT).stream().flatMap(a -> a.values().stream())
                .allMatch(SourcedValue::unconfirmed);
    }
}
