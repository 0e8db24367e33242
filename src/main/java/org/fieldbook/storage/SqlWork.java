package org.fieldbook.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the library's connection, inside {@link Database#read} or {@link Database#inTransaction}. */
@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
