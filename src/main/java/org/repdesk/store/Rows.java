package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.repdesk.model.Labelled;

/** Binding parameters and reading columns of the types RepDesk stores (ISO dates, UUIDs, enums). */
final class Rows {

    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    /** Binds each value in order; nulls, dates, UUIDs and enums are stored as SQLite expects. */
    static PreparedStatement bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            put(ps, i + 1, values[i]);
        }
        return ps;
    }

    /** One parameter as {@link #bind} sets it: for a statement run per row, where an array per row adds up (issue 21). */
    static void put(PreparedStatement ps, int at, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(at, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(at, s);
        } else if (v instanceof UUID u) {
            ps.setString(at, u.toString());
        } else if (v instanceof LocalDate d) {
            ps.setString(at, d.toString());
        } else if (v instanceof Enum<?> e) {
            ps.setString(at, e.name());
        } else if (v instanceof Boolean b) {
            ps.setInt(at, b ? 1 : 0);
        } else if (v instanceof Integer n) {
            ps.setInt(at, n);
        } else if (v instanceof Long n) {
            ps.setLong(at, n);
        } else if (v instanceof Double n) {
            ps.setDouble(at, n);
        } else {
            throw new IllegalArgumentException("Cannot store " + v.getClass()); // not for reps: a programming error
        }
    }

    /** Rows a large read fetches at a time where the engine would otherwise hold its whole result (PostgreSQL). */
    private static final int CHUNK = 2_000;

    /**
     * Hands each row of {@code sql} (its parameters bound in order) to {@code each} as it is read, on
     * the read connection, a chunk at a time on every engine; an IOException from {@code each} (the
     * writer) stops the reading and is thrown as it was. A connection dropped once rows were handed on
     * is not tried again ({@link Database#read(Database.Work, java.util.function.BooleanSupplier)}).
     */
    static <T> void forEach(Database db, String sql, Mapper<T> mapper, EachRow<T> each, Object... params)
            throws java.io.IOException {
        boolean[] handedOn = {false};
        try {
            db.read(connection -> db.dialect().readInChunks(connection, c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setFetchSize(CHUNK);
                    try (ResultSet rs = bind(ps, params).executeQuery()) {
                        while (rs.next()) {
                            handedOn[0] = true;
                            each.accept(mapper.map(rs));
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            }), () -> handedOn[0]);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static <T> List<T> list(PreparedStatement ps, Mapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
        }
        return out;
    }

    /** Fixed-width UTC timestamps (microseconds), so text order is time order for same-day ties. */
    private static final java.time.format.DateTimeFormatter STAMP =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                    .withZone(java.time.ZoneOffset.UTC);
    private static long lastMicros;
    /** The second of the last stamp, and its text up to the seconds: a 200,000-member import stamps as many entries. */
    private static long stampedSecond = Long.MIN_VALUE;
    private static String stampedUpToSeconds;

    /** Now, strictly later than the previous call, so entries saved in the same microsecond keep their order. */
    static synchronized String now() {
        Instant t = Instant.now();
        long micros = t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
        lastMicros = Math.max(micros, lastMicros + 1);
        return stamp(lastMicros);
    }

    /** {@link #STAMP}'s text of an instant in microseconds since 1970, the formatter run once a second, not per stamp. */
    static synchronized String stamp(long micros) {
        long second = Math.floorDiv(micros, 1_000_000L);
        if (second != stampedSecond) {
            String whole = STAMP.format(Instant.ofEpochSecond(second));
            stampedUpToSeconds = whole.substring(0, whole.indexOf('.'));
            stampedSecond = second;
        }
        long fraction = Math.floorMod(micros, 1_000_000L);
        char[] text = new char[stampedUpToSeconds.length() + 8];
        stampedUpToSeconds.getChars(0, stampedUpToSeconds.length(), text, 0);
        int at = stampedUpToSeconds.length();
        text[at] = '.';
        for (int i = 6; i >= 1; i--, fraction /= 10) {
            text[at + i] = (char) ('0' + fraction % 10);
        }
        text[at + 7] = 'Z';
        return new String(text);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return uuid(rs, rs.findColumn(column));
    }

    /** By column number: for a read of many rows, which finds its columns once. */
    static UUID uuid(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : UUID.fromString(s);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return date(rs, rs.findColumn(column));
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : isoDate(s);
    }

    /**
     * An ISO date as the store writes it (yyyy-MM-dd). Read by hand: LocalDate.parse was most of
     * the time of reading 100,000 cases for the list. Anything else goes to LocalDate.parse, so a
     * bad date fails exactly as before.
     */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s);
    }

    /** The number written in s[from, to) with ASCII digits only, or -1. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }


    /** True when {@code b} is a real day written as yyyy-MM-dd in ASCII (what {@link #isoDate} reads by hand). */
    static boolean isIsoDate(byte[] b) {
        if (b.length != 10 || b[4] != '-' || b[7] != '-') {
            return false;
        }
        int year = digits(b, 0, 4);
        int month = digits(b, 5, 7);
        int day = digits(b, 8, 10);
        // Month and Year's static test, not a YearMonth: nothing made per date
        return year >= 0 && month >= 1 && month <= 12 && day >= 1
                && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year));
    }

    private static int digits(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            n = n * 10 + (b[i] - '0');
        }
        return n;
    }

    static Double decimal(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : n;
    }

    static <E extends Enum<E> & Labelled> E enumValue(Class<E> type, ResultSet rs, String column) throws SQLException {
        return enumValue(type, rs, rs.findColumn(column));
    }

    static <E extends Enum<E> & Labelled> E enumValue(Class<E> type, ResultSet rs, int column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }
}
