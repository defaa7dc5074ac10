package org.repdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The current row of a result, a SQLite one read through the driver's native calls, all of a row's columns under one
 * hold of its lock: what {@link ResultSet#getBytes}, {@code getDouble}, {@code getInt} and {@code wasNull} give,
 * for an export that reads every column of 194,000 rows. Each of those getters takes the driver's lock and makes
 * a lambda, and asks for the column's type again: at 100k cases the workload CSV's reading thread spent 0.60-0.69 s
 * of CPU reading its ten columns that way, 0.39-0.42 s this way (4 runs each, C1 as the launcher runs it), the
 * step alone 0.16 s. Columns are numbered from 0, as SQLite numbers them. Any other driver's result (a
 * casebook's, when its workload CSV is written from lines) is read through its getters.
 */
final class RowColumns {

    private static final int SQLITE_NULL = 5;

    /** The columns of the row the result stands on, valid only inside {@link #read}'s call. */
    interface Columns {
        /** The value's bytes as SQLite holds them (a text's UTF-8), as {@link ResultSet#getBytes}; null for NULL. */
        byte[] bytes(int column) throws SQLException;

        /** True when the value is NULL (what {@link ResultSet#wasNull} tells after a getter). */
        boolean isNull(int column) throws SQLException;

        /** As {@link ResultSet#getDouble} for a value that is not NULL (ask {@link #isNull} first). */
        double real(int column) throws SQLException;

        /** As {@link ResultSet#getInt} for a value that is not NULL (ask {@link #isNull} first). */
        int integer(int column) throws SQLException;
    }

    /** What is made from a row's columns. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Columns columns) throws SQLException;
    }

    private final org.sqlite.core.SafeStmtPtr pointer; // null: read through the getters
    private final Native columns = new Native();
    private final Getters getters;

    private RowColumns(org.sqlite.core.SafeStmtPtr pointer, ResultSet rs) {
        this.pointer = pointer;
        this.getters = pointer == null ? new Getters(rs) : null;
    }

    /** For the rows of {@code rs}. */
    static RowColumns of(ResultSet rs) throws SQLException {
        java.sql.Statement st = rs.getStatement();
        return st.isWrapperFor(org.sqlite.core.CoreStatement.class)
                ? new RowColumns(st.unwrap(org.sqlite.core.CoreStatement.class).pointer, rs)
                : new RowColumns(null, rs);
    }

    /** True when the row is read through the SQLite driver's native calls, not its getters. */
    boolean readsNatively() {
        return pointer != null;
    }

    /** {@code reader}'s value made from the current row (the result's {@code next()} moves it on, as before). */
    <T> T read(Reader<T> reader) throws SQLException {
        if (pointer == null) {
            return reader.read(getters);
        }
        return pointer.safeRun((db, statement) -> {
            columns.db = db;
            columns.statement = statement;
            try {
                return reader.read(columns);
            } finally {
                columns.db = null;
            }
        });
    }

    private static final class Native implements Columns {
        private org.sqlite.core.DB db;
        private long statement;

        @Override
        public byte[] bytes(int column) throws SQLException {
            return db.column_blob(statement, column); // the driver's getBytes: null for NULL
        }

        @Override
        public boolean isNull(int column) throws SQLException {
            return db.column_type(statement, column) == SQLITE_NULL;
        }

        @Override
        public double real(int column) throws SQLException {
            return db.column_double(statement, column);
        }

        @Override
        public int integer(int column) throws SQLException {
            return db.column_int(statement, column);
        }
    }

    private record Getters(ResultSet rs) implements Columns {
        @Override
        public byte[] bytes(int column) throws SQLException {
            return rs.getBytes(column + 1);
        }

        @Override
        public boolean isNull(int column) throws SQLException {
            return rs.getObject(column + 1) == null;
        }

        @Override
        public double real(int column) throws SQLException {
            return rs.getDouble(column + 1);
        }

        @Override
        public int integer(int column) throws SQLException {
            return rs.getInt(column + 1);
        }
    }
}
