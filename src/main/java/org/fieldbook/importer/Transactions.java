package org.fieldbook.importer;

import java.util.function.Supplier;

/**
 * Runs work as one all-or-nothing library transaction: every repository write made inside
 * it is committed at the end, or none is. The library's is
 * {@code org.fieldbook.storage.Database::inTransaction}; a file kind never calls this itself,
 * it just writes through its repositories, which join the transaction that is open.
 */
@FunctionalInterface
public interface Transactions {
    /** For a check-only importer: there is nothing to store, so storing is a mistake. */
    Transactions NONE = new Transactions() {
        @Override
        public <T> T inOne(String action, Supplier<T> work) {
            throw new IllegalStateException("this importer only checks files");
        }
    };

    <T> T inOne(String action, Supplier<T> work);
}
