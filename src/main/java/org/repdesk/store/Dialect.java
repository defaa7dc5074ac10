package org.repdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Everything that differs between RepDesk's two homes, in one place: the rep's own SQLite file and
 * the branch casebook on PostgreSQL. The repositories keep one plain parameterised SQL text for
 * everything else; where the two engines must be told different things (full-text search, a few
 * date and row-number functions, transactions, where the migrations live), they ask their
 * {@link Database#dialect()} here rather than branching on the engine themselves.
 */
public enum Dialect {

    /** SQLite through SQLite3MultipleCiphers: FTS5 search indexes kept by triggers, rowids. */
    SQLITE {
        @Override
        String migrationFolder() {
            return "migrations/";
        }

        @Override
        boolean makesCsvLines() {
            return true;
        }

        @Override
        boolean inTheAppsProcess() {
            return true;
        }

        @Override
        byte[] utf8(java.sql.ResultSet rs, int column) throws SQLException {
            return rs.getBytes(column); // the bytes as SQLite holds them: one array, no String
        }

        @Override
        boolean copiesCsv() {
            return false; // sqlite3's .mode csv is the shell's, not the library's: the lines come as rows
        }

        @Override
        long copyCsv(Connection c, String query, String quoted, java.io.OutputStream out) {
            throw new UnsupportedOperationException("SQLite has no COPY");
        }

        @Override
        org.postgresql.copy.CopyOut copyBinary(Connection c, String query, boolean serial) {
            throw new UnsupportedOperationException("SQLite has no COPY");
        }

        @Override
        String firstCodePoint(String text) {
            return "unicode(" + text + ")";
        }

        @Override
        String asWritten(String text) {
            return text; // replace() compares characters as they are whatever the column's collation
        }

        @Override
        String isRealIsoDate(String isoDate) {
            // date() alone passes 2026-02-30; a modifier makes SQLite carry it into March, so it differs.
            return "date(" + isoDate + ", '+0 days') IS " + isoDate;
        }

        @Override
        <T> T readInChunks(Connection c, Database.Work<T> work) throws SQLException {
            return work.run(c); // SQLite hands rows over one at a time already
        }

        @Override
        <T> T readSerially(Connection c, Database.Work<T> work) throws SQLException {
            return work.run(c); // SQLite plans in the app's own process, one thread
        }

        @Override
        String serialPlansForASession() {
            return null;
        }

        @Override
        String searchTerms(List<String> words) {
            // Each word quoted (no FTS5 operators leak in) and prefix-matched.
            StringBuilder q = new StringBuilder();
            for (String word : words) {
                if (q.length() > 0) {
                    q.append(' ');
                }
                q.append('"').append(word).append("\"*");
            }
            return q.toString();
        }

        @Override
        String ownName() {
            return "SELECT value FROM setting WHERE key = 'rep.name'";
        }

        @Override
        String saveOwnName() {
            return "INSERT INTO setting (key, value) VALUES ('rep.name', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        }

        @Override
        String caseList(String rows) {
            return rows;
        }

        @Override
        String firstCases(String rows, String order) {
            return rows + order + " LIMIT ?";
        }

        @Override
        String memberList() {
            return "member";
        }

        @Override
        String foldWords() {
            return "SELECT ?"; // FTS5's tokenizer folds as it reads
        }

        @Override
        String caseRowsMatching() {
            return "SELECT rowid FROM case_search WHERE case_search MATCH ?";
        }

        @Override
        String firstCaseRowsMatching(Searched searched) {
            String rows = searched == Searched.NOTES ? noteCaseRowsMatching() : caseRowsMatching();
            return "SELECT c.rowid, c.opened_on, c.reference FROM case_file c WHERE c.rowid IN (" + rows + ")"
                    + NEWEST_FIRST;
        }

        @Override
        String noteCaseRowsMatching() {
            // note_case (V5) maps each note's rowid to its case's, by small integer rows only.
            return "SELECT m.case_row FROM note_case m WHERE m.entry IN (SELECT rowid FROM note_search WHERE note_search MATCH ?)";
        }

        @Override
        String laterOf(String a, String b) {
            return "max(" + a + ", " + b + ")";
        }

        @Override
        String foundOnCase() {
            return "SELECT t.id, t.entry_date, t.kind, t.summary, t.event, t.event_values,"
                    + " snippet(note_search, -1, '[', ']', '…', 14) AS context"
                    + " FROM note_search JOIN timeline_entry t ON t.rowid = note_search.rowid"
                    + " WHERE note_search MATCH ? AND t.case_id = ? ORDER BY t.entry_date DESC LIMIT ?";
        }

        @Override
        String referenceTaken() {
            return "SELECT EXISTS (SELECT 1 FROM case_file WHERE reference = ?)";
        }

        @Override
        String membershipNumberTaken() {
            return "SELECT EXISTS (SELECT 1 FROM member WHERE membership_number = ?)";
        }

        @Override
        String lastCaseNumber() {
            // The unique index on reference makes this a range scan.
            return "SELECT max(CAST(substr(reference, 6) AS INTEGER)) FROM case_file WHERE reference >= ? AND reference < ?";
        }

        @Override
        String weekNumber(String isoDate) {
            // Weeks numbered from Monday 1900-01-01 (julian day 2415020.5).
            return "CAST((julianday(" + isoDate + ") - 2415020.5) / 7 AS INTEGER)";
        }

        @Override
        String mondayOfWeek(String isoDate) {
            return "date(" + isoDate + ", '-6 days', 'weekday 1')";
        }

        @Override
        String stagingRowOrder() {
            return "rowid";
        }

        @Override
        String addedOrder(String alias) {
            return alias + ".rowid";
        }

        @Override
        String badReference(String reference) {
            return reference + " IS NULL OR " + reference + " NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'"
                    + " OR substr(" + reference + ", 6) GLOB '*[^0-9]*'";
        }

        @Override
        String numberedReference(String reference) {
            return reference + " GLOB '[0-9][0-9][0-9][0-9]-[0-9]*'";
        }

        @Override
        String duplicateReferences() {
            return "SELECT group_concat(reference, ', ') FROM case_file WHERE " + numberedReference("reference")
                    + " GROUP BY substr(reference, 1, 4), CAST(substr(reference, 6) AS INTEGER) HAVING count(*) > 1";
        }

        @Override
        String badDate(String column) {
            // Through julianday(): SQLite 3.40's date('2026-02-30') hands the text back unchanged, while the
            // day number normalises it to 2026-03-02, so an impossible date shows as changed.
            return "(typeof(" + column + ") <> 'text' OR date(julianday(" + column + ")) IS NOT " + column + ")";
        }

        @Override
        boolean checksItsOwnStorage() {
            return false;
        }

        @Override
        List<String> afterRemoval() {
            // Merges the FTS5 segments, so a removed note's words are gone from the index too.
            return List.of("INSERT INTO case_search(case_search) VALUES ('optimize')",
                    "INSERT INTO note_search(note_search) VALUES ('optimize')");
        }

        @Override
        List<String> compaction() {
            return List.of("VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)");
        }

        @Override
        int schemaVersion(Statement st) throws SQLException {
            return Database.intPragma(st, "user_version");
        }

        @Override
        void recordVersion(Statement st, int version) throws SQLException {
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + version);
        }

        @Override
        void runMigration(Statement st, String sql) throws SQLException {
            st.executeUpdate(sql);
        }

        @Override
        void begin(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                // xerial runs in autocommit; BEGIN IMMEDIATE takes the write lock up front so a busy
                // file fails here, before any work, rather than at COMMIT.
                st.execute("BEGIN IMMEDIATE");
            }
        }

        @Override
        void commit(Connection c) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("COMMIT");
            }
        }

        @Override
        void rollback(Connection c) throws SQLException {
            if (!c.getAutoCommit()) {
                c.rollback();
            } else {
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK");
                }
            }
        }
    },

    /**
     * PostgreSQL: full-text search over {@code tsvector} columns (accents folded by {@code unaccent}),
     * an identity column named {@code rowid} standing in for SQLite's, row-level security by login.
     */
    POSTGRESQL {
        @Override
        String migrationFolder() {
            return "migrations/postgresql/";
        }

        @Override
        boolean makesCsvLines() {
            return false; // its CSV rows come from COPY ({@link #copiesCsv}), their lines made in Java (BinaryCopy)
        }

        @Override
        boolean inTheAppsProcess() {
            return false;
        }

        @Override
        boolean copiesCsv() {
            return true;
        }

        @Override
        long copyCsv(Connection c, String query, String quoted, java.io.OutputStream out)
                throws SQLException, java.io.IOException {
            // FORCE_QUOTE: those values in double quotes, a quote doubled, a NULL an empty cell; rows streamed
            // as the server makes them, with no round trip per chunk as a cursor's fetches take.
            return c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT csv, FORCE_QUOTE " + quoted + ")", out);
        }

        @Override
        org.postgresql.copy.CopyOut copyBinary(Connection c, String query, boolean serial) throws SQLException {
            if (serial) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL " + NO_PARALLEL_WORKERS); // this transaction's only
                }
            }
            return c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + query + ") TO STDOUT WITH (FORMAT binary)");
        }

        @Override
        byte[] utf8(java.sql.ResultSet rs, int column) throws SQLException {
            // A text column's value as the server sent it: the driver always asks for UTF-8 (client_encoding)
            // and hands a non-bytea column's bytes over as they came, without a String decoded and encoded again.
            return rs.getBytes(column);
        }

        @Override
        String firstCodePoint(String text) {
            return "ascii(" + text + ")"; // the code point in a UTF-8 database; 0 for an empty text
        }

        @Override
        String asWritten(String text) {
            // membership_number's nocase collation (V1) is not deterministic, and replace() refuses one
            return text + " COLLATE \"C\"";
        }

        @Override
        String isRealIsoDate(String isoDate) {
            throw new UnsupportedOperationException("A casebook's CSV lines are made in Java from its binary COPY");
        }

        @Override
        <T> T readInChunks(Connection c, Database.Work<T> work) throws SQLException {
            // The driver holds a whole result in memory unless it is read inside a transaction with a
            // fetch size (then a chunk at a time): read-only, ended however the work ends.
            return readOnly(c, "SET TRANSACTION READ ONLY", work);
        }

        @Override
        <T> T readSerially(Connection c, Database.Work<T> work) throws SQLException {
            if (!c.getAutoCommit()) {
                return work.run(c); // inside a transaction of the caller's: planned as that transaction plans
            }
            // SET LOCAL: the setting ends with this transaction however the work ends, so the desk's shared
            // connection plans everything else (the dashboard, saves, an export) as the server would.
            return readOnly(c, "SET TRANSACTION READ ONLY; SET LOCAL " + NO_PARALLEL_WORKERS, work);
        }

        @Override
        String serialPlansForASession() {
            return "SET " + NO_PARALLEL_WORKERS;
        }

        /** {@code work} in a read-only transaction begun with {@code settings}, ended however the work ends. */
        private <T> T readOnly(Connection c, String settings, Database.Work<T> work) throws SQLException {
            c.setAutoCommit(false);
            Throwable failed = null;
            try (Statement st = c.createStatement()) {
                st.execute(settings);
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Throwable t) {
                failed = t;
                throw t;
            } finally {
                try {
                    try {
                        c.rollback(); // nothing to undo after a commit; after a failure, ends the transaction
                    } finally {
                        c.setAutoCommit(true);
                    }
                } catch (SQLException e) {
                    // On a dropped connection these fail too: the work's own failure is the one to tell.
                    if (failed == null) {
                        throw e;
                    }
                    failed.addSuppressed(e);
                }
            }
        }

        @Override
        String searchTerms(List<String> words) {
            // Words are letters, marks and digits only (CaseStore splits on everything else), so no
            // tsquery operator can leak in; each is prefix-matched, all of them required.
            StringBuilder q = new StringBuilder();
            for (String word : words) {
                if (q.length() > 0) {
                    q.append(" & ");
                }
                q.append(word).append(":*");
            }
            return q.toString();
        }

        @Override
        String ownName() {
            return "SELECT repdesk_my_name()"; // V12: the login's full name in repdesk_user
        }

        @Override
        String saveOwnName() {
            return "SELECT repdesk_set_my_name(?)"; // V12: a rep names themselves, not the branch's settings
        }

        @Override
        String caseList(String rows) {
            return "SELECT * FROM repdesk_case_list() c"; // V12: the same columns, planned from the login's cases
        }

        @Override
        String firstCases(String rows, String order) {
            return "SELECT * FROM repdesk_case_list_first(?) c" + order; // V13: each branch stops at the newest n
        }

        @Override
        String memberList() {
            return "repdesk_member_list() member"; // V13: member_seen's rule, the rep's cases' members looked up once
        }

        @Override
        String foldWords() {
            return "SELECT repdesk_fold(?)"; // V7: unaccent's rules, loaded by a session's first call
        }

        @Override
        String caseRowsMatching() {
            return "SELECT * FROM repdesk_case_rows_matching(to_tsquery('simple', repdesk_fold(?)))"; // V7
        }

        @Override
        String firstCaseRowsMatching(Searched searched) {
            // V13's two functions, each stopping at the newest ? rows
            String rows = searched == Searched.NOTES ? "repdesk_note_case_rows_matching_first"
                    : "repdesk_case_rows_matching_first";
            return "SELECT * FROM " + rows + "(to_tsquery('simple', repdesk_fold(?)), ?)";
        }

        @Override
        String noteCaseRowsMatching() {
            return "SELECT * FROM repdesk_note_case_rows_matching(to_tsquery('simple', repdesk_fold(?)))"; // V7
        }

        @Override
        String laterOf(String a, String b) {
            return "greatest(" + a + ", " + b + ")";
        }

        @Override
        String foundOnCase() {
            return "WITH q AS (SELECT to_tsquery('simple', repdesk_fold(?)) AS words)"
                    + " SELECT t.id, t.entry_date, t.kind, t.summary, t.event, t.event_values, ts_headline('simple', coalesce(t.body, t.summary),"
                    + " q.words, 'StartSel=[, StopSel=], MaxWords=14, MinWords=4, MaxFragments=1, FragmentDelimiter=…')"
                    + " AS context FROM timeline_entry t, q WHERE t.search_doc @@ q.words AND t.case_id = ?"
                    + " ORDER BY t.entry_date DESC LIMIT ?";
        }

        @Override
        String lastCaseNumber() {
            return "SELECT repdesk_last_case_number(?, ?)"; // over every case, not only the login's (V7)
        }

        @Override
        String referenceTaken() {
            return "SELECT repdesk_reference_taken(?)"; // any case's, not only the login's (V7)
        }

        @Override
        String membershipNumberTaken() {
            return "SELECT repdesk_member_number_taken(?)";
        }

        @Override
        String weekNumber(String isoDate) {
            return "((CAST(" + isoDate + " AS date) - DATE '1900-01-01') / 7)";
        }

        @Override
        String mondayOfWeek(String isoDate) {
            return "to_char(date_trunc('week', CAST(" + isoDate + " AS date)), 'YYYY-MM-DD')";
        }

        @Override
        String stagingRowOrder() {
            // A staging table filled and emptied inside one transaction: the rows it deletes stay until the
            // transaction ends (no other may yet see them gone), so new rows go after them, in insertion order.
            return "ctid";
        }

        @Override
        String addedOrder(String alias) {
            return alias + ".id"; // a casebook's deadlines have no row number: ties in one fixed order
        }

        @Override
        String badReference(String reference) {
            return reference + " IS NULL OR " + reference + " !~ '^[0-9]{4}-[0-9]{4,}$'";
        }

        @Override
        String numberedReference(String reference) {
            return reference + " ~ '^[0-9]{4}-[0-9]+$'";
        }

        @Override
        String duplicateReferences() {
            return "SELECT string_agg(reference, ', ' ORDER BY reference) FROM case_file WHERE "
                    + numberedReference("reference")
                    + " GROUP BY substr(reference, 1, 4), CAST(substr(reference, 6) AS INTEGER) HAVING count(*) > 1";
        }

        @Override
        String badDate(String column) {
            // repdesk_is_date (V1; plain SQL since V14) says whether the text is a real calendar date written as ISO.
            return "NOT repdesk_is_date(" + column + ")";
        }

        @Override
        boolean checksItsOwnStorage() {
            return true; // pages and indexes are the server's to check; there are no FTS tables to compare
        }

        @Override
        List<String> afterRemoval() {
            return List.of(); // search columns live on the rows themselves and go with them
        }

        @Override
        List<String> compaction() {
            // Freed space is the server's (autovacuum); only the owner could VACUUM FULL, which
            // docs/casebook.md asks the branch's administrator to schedule after retention runs.
            return List.of();
        }

        @Override
        int schemaVersion(Statement st) throws SQLException {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT to_regclass('repdesk_casebook') IS NOT NULL")) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
            try (java.sql.ResultSet rs = st.executeQuery("SELECT value FROM repdesk_casebook WHERE key = 'version'")) {
                return rs.next() ? Integer.parseInt(rs.getString(1)) : 0;
            }
        }

        @Override
        void recordVersion(Statement st, int version) throws SQLException {
            st.execute("INSERT INTO repdesk_casebook (key, value) VALUES ('version', '" + version + "')"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        }

        @Override
        void runMigration(Statement st, String sql) throws SQLException {
            st.execute(sql);
        }

        @Override
        void begin(Connection c) throws SQLException {
            c.setAutoCommit(false);
        }

        @Override
        void commit(Connection c) throws SQLException {
            c.commit();
            c.setAutoCommit(true);
        }

        @Override
        void rollback(Connection c) throws SQLException {
            try {
                c.rollback();
            } finally {
                c.setAutoCommit(true);
            }
        }
    };

    /** The resource folder of this engine's own migration files; a migration it lacks is shared. */
    /**
     * True when the cases export may have the engine make each CSV line ({@code CaseStore.exportCsvLines}:
     * {@link #firstCodePoint} and {@link #isRealIsoDate} in {@code CsvCells}).
     */
    abstract boolean makesCsvLines();

    /**
     * True when the engine writes a query's rows as CSV itself ({@link #copyCsv}): PostgreSQL's COPY, the
     * same writer psql's {@code \copy} uses, streamed, where each line made in SQL came a cursor's chunk
     * at a time, the server waiting on each round trip.
     */
    abstract boolean copiesCsv();

    /**
     * Writes {@code query}'s rows to {@code out} as CSV, the values of the columns {@code quoted} names
     * ({@code "*"} for all, or {@code "(a, b)"}) in quotes (a quote doubled), a NULL an empty cell, any other
     * value bare unless it holds a quote, comma or line break, each row ended by a bare LF; returns how many
     * rows. Only where {@link #copiesCsv}.
     */
    abstract long copyCsv(Connection c, String query, String quoted, java.io.OutputStream out)
            throws SQLException, java.io.IOException;

    /**
     * Begins the server's binary COPY of {@code query}'s rows (read by {@link BinaryCopy}); {@code serial}:
     * without parallel workers, for a query an index walks in its order. Only where {@link #copiesCsv}.
     */
    abstract org.postgresql.copy.CopyOut copyBinary(Connection c, String query, boolean serial) throws SQLException;

    /**
     * True when the engine runs inside the app's own process (SQLite): its sorts take the app's memory
     * and each page it reads from the file the app's time. A server (PostgreSQL) sorts in its own memory
     * and keeps its pages cached, so what saves a data file either can cost a casebook more or nothing.
     */
    abstract boolean inTheAppsProcess();

    /**
     * A text column's UTF-8 bytes, null for NULL: what an export writing bytes reads. On SQLite the bytes
     * as it holds them (one array, where getString made a buffer, two arrays and a String per cell).
     */
    abstract byte[] utf8(java.sql.ResultSet rs, int column) throws SQLException;

    /** The code point of a text's first character (NULL or 0 for an empty text): the CSV formula guard's test. */
    abstract String firstCodePoint(String text);

    /** The text compared character by character, whatever its column's collation (for replace()). */
    abstract String asWritten(String text);

    /** True when the ISO date text (not NULL) is a real day: a CSV cell RepDesk could have written. */
    abstract String isRealIsoDate(String isoDate);

    /**
     * Runs {@code work}, whose statements' rows are then read a chunk at a time where they give a
     * fetch size ({@code PreparedStatement.setFetchSize}), not held whole: for the large reads of an export.
     */
    abstract <T> T readInChunks(Connection c, Database.Work<T> work) throws SQLException;

    /**
     * Runs {@code work}, a brief's figure statements, planned without parallel workers where the engine has
     * them (BriefQueries#figures says why): on PostgreSQL in a read-only transaction of its own whose
     * setting ends with it, so nothing else read on the same connection is planned so.
     */
    abstract <T> T readSerially(Connection c, Database.Work<T> work) throws SQLException;

    /** The statement that plans the rest of a session as {@link #readSerially} plans (the bench's psql floor); null on SQLite. */
    abstract String serialPlansForASession();

    abstract String migrationFolder();

    /** The rep's search words as this engine's full-text query (every word, as a prefix). */
    abstract String searchTerms(List<String> words);

    /** Row numbers of cases whose reference, member or case text match {@link #searchTerms}. */
    /** The rep's own name (no parameters). */
    abstract String ownName();

    /** Saves the rep's own name (?). */
    abstract String saveOwnName();

    /**
     * The whole case list: {@code rows} (CaseStore's query, aliased c) as it is, or what gives the
     * same columns under the login's access rule where the rule as a policy would read every case.
     */
    abstract String caseList(String rows);

    /** The cases list's order, newest first, as a clause with the row limit (?) after it. */
    static final String NEWEST_FIRST = " ORDER BY c.opened_on DESC, c.reference DESC LIMIT ?";

    /**
     * The newest cases (at most ?) as {@link #caseList} gives them, in {@code order}: the cases list's
     * first screenful, shown before the whole list is read.
     */
    abstract String firstCases(String rows, String order);

    /** Folds a text (?) as search does: run once ahead of the first search, to load what it needs. */
    abstract String foldWords();

    /** Where the members list reads the members the login may see: a table, or what gives its rows. */
    abstract String memberList();

    abstract String caseRowsMatching();

    /** A setting for PostgreSQL's planner: no parallel workers ({@link #readSerially}, {@link #copyBinary}'s serial reads). */
    private static final String NO_PARALLEL_WORKERS = "max_parallel_workers_per_gather = 0";

    /** What a search reads: the cases' own text, or their timeline notes. */
    enum Searched {
        /** {@link #caseRowsMatching}. */
        CASES,
        /** {@link #noteCaseRowsMatching}. */
        NOTES
    }

    /**
     * The newest cases (at most ?, the search words first) that the {@code searched} search finds:
     * row number, opening date and reference, so the two searches' rows can be ordered together.
     */
    abstract String firstCaseRowsMatching(Searched searched);

    /** Row numbers of cases with a timeline note matching {@link #searchTerms}. */
    abstract String noteCaseRowsMatching();

    /** A case's notes and documents matching {@link #searchTerms} (?), of one case (?), newest first, at most ?. */
    abstract String foundOnCase();

    /** The later of two ISO dates. */
    abstract String laterOf(String a, String b);

    /** The highest case number of a year (references from ? up to ?), whoever's case it is. */
    abstract String lastCaseNumber();

    /** Whether any case (seen by the login or not) has the reference: a yes or no. */
    abstract String referenceTaken();

    /** Whether any member (seen by the login or not) has the membership number: a yes or no. */
    abstract String membershipNumberTaken();

    /** The number of the week an ISO date falls in, counted from Monday 1 January 1900. */
    abstract String weekNumber(String isoDate);

    /** The Monday on or before an ISO date, as ISO text. */
    abstract String mondayOfWeek(String isoDate);

    /** The column that orders a staging table's rows as they were inserted. */
    abstract String stagingRowOrder();

    /**
     * What orders a table's ties (rows aliased {@code alias}) as they were added, where the engine keeps
     * that order (SQLite's rowid), else in another fixed order.
     */
    abstract String addedOrder(String alias);

    /** True when a case's reference is not YEAR-NUMBER (2026-0042): a damaged or hand-edited row. */
    abstract String badReference(String reference);

    /** Cases whose reference is not YEAR-NUMBER, listed. */
    final String badReferences() {
        return "SELECT coalesce(reference, '(none)') FROM case_file WHERE " + badReference("reference")
                + " ORDER BY reference";
    }

    /** True when a reference is a year, a hyphen and a number: those whose numbers must not repeat in a year. */
    abstract String numberedReference(String reference);

    /** Each group of references that share a year and a number (2026-0042 and 2026-00042), listed. */
    abstract String duplicateReferences();

    /** True when a date column's value (not NULL) is something other than an ISO date of a real day. */
    abstract String badDate(String column);

    /** How many rows of {@code table} hold something other than an ISO date in {@code column} (constants only). */
    final String countBadDates(String table, String column) {
        return "SELECT count(*) FROM " + table + " WHERE " + column + " IS NOT NULL AND " + badDate(column);
    }

    /**
     * True when the engine keeps its own pages, indexes and derived search columns consistent, so
     * the file-level checks (SQLite's integrity check, the FTS5 and note_case comparisons) do not apply.
     */
    abstract boolean checksItsOwnStorage();

    /** The schema version the data holds (0 when it holds nothing of RepDesk's yet). */
    abstract int schemaVersion(Statement st) throws SQLException;

    /** Records {@code version} inside the migration's own transaction. */
    abstract void recordVersion(Statement st, int version) throws SQLException;

    /** Runs one migration file's statements. */
    abstract void runMigration(Statement st, String sql) throws SQLException;

    /** Statements run in the transaction that removed data under the retention policy. */
    abstract List<String> afterRemoval();

    /** Statements, outside any transaction, that leave nothing removed behind in free space. */
    abstract List<String> compaction();

    abstract void begin(Connection c) throws SQLException;

    abstract void commit(Connection c) throws SQLException;

    abstract void rollback(Connection c) throws SQLException;
}
