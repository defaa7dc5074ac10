package org.repdesk.store;

import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CasebookAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The branch casebook's side of the store: connecting to the union's PostgreSQL server, checking
 * that a database is a RepDesk casebook of a version this RepDesk reads, setting one up, and the
 * logins and roles the server enforces access with (docs/casebook.md).
 */
public final class Casebooks {

    /** The three group roles a login is granted; the policies of V7 name them. */
    public enum Role {
        REP("repdesk_rep"), OFFICER("repdesk_officer"), READER("repdesk_reader");

        private final String group;

        Role(String group) {
            this.group = group;
        }

        /** The PostgreSQL group role granted to a login of this role. */
        public String group() {
            return group;
        }

        /** rep, officer or reader, as the command line and repdesk_user write it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The role for "rep", "officer" or "reader" (any case); null for anything else. */
        public static Role of(String word) {
            for (Role r : values()) {
                if (r.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                    return r;
                }
            }
            return null;
        }
    }

    /** One login of the casebook, as {@code casebook users} lists it. */
    public record User(String login, String fullName, Role role, String addedOn, boolean canLogIn) {
    }

    private static final String IS_OWNER = "SELECT pg_catalog.pg_get_userbyid(d.datdba) = current_user"
            + " FROM pg_catalog.pg_database d WHERE d.datname = current_database()";
    private static final String CURRENT_ROLE = "SELECT CASE WHEN pg_has_role(current_user, 'repdesk_officer', 'MEMBER')"
            + " THEN 'officer' WHEN pg_has_role(current_user, 'repdesk_rep', 'MEMBER') THEN 'rep'"
            + " WHEN pg_has_role(current_user, 'repdesk_reader', 'MEMBER') THEN 'reader' END";
    private static final String USERS = "SELECT u.login, u.full_name, u.role, u.added_on,"
            + " coalesce((SELECT r.rolcanlogin FROM pg_catalog.pg_roles r WHERE r.rolname = u.login), false)"
            + " FROM repdesk_user u ORDER BY u.login";
    /** {@link Opening}'s statement: every answer of {@link #checkAndUpgrade} and {@link #roleOf} at once. */
    private static final String OPENING = "SELECT (SELECT value FROM repdesk_casebook WHERE key = 'version'),"
            + " ARRAY(SELECT r.rolname::text FROM pg_catalog.pg_roles r WHERE r.rolname IN ('repdesk_officer',"
            + " 'repdesk_rep', 'repdesk_reader') AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')),"
            + " pg_catalog.pg_get_userbyid(d.datdba) = current_user"
            + " FROM pg_catalog.pg_database d WHERE d.datname = current_database()";
    private static final String ROLE_EXISTS = "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?";

    private Casebooks() {
    }

    /** A connection as the address's login; nothing is read yet. */
    static Connection connect(CasebookAddress address, char[] password) {
        try {
            return jitOff(rawConnect(address, password));
        } catch (SQLException e) {
            throw openingFailed(address, e);
        }
    }

    /**
     * What the login reads of the casebook as its connection is opened, in one round trip: the data
     * version (0 when the database has no RepDesk table), the login's role, and whether it owns the database.
     */
    record Opening(int version, Role role, boolean owner) {
    }

    /** A casebook's connection and what was read as it was opened (null when that one statement failed). */
    record Opened(Connection connection, Opening opening) {
    }

    /**
     * Opens the casebook's connection, or takes the one {@link #openAhead} started for the same address and
     * password: the same connection, errors and messages either way; the messages are made on this thread,
     * in the language the command speaks.
     */
    static Opened open(CasebookAddress address, char[] password) {
        Ahead ahead = Ahead.take(address, password);
        try {
            return ahead != null ? ahead.result() : rawOpen(address, password);
        } catch (SQLException e) {
            throw openingFailed(address, e);
        }
    }

    /**
     * Starts opening the casebook on a thread of its own, as soon as a command knows the address and
     * password, so that the driver's classes, the TCP connection, SCRAM's 4,096 rounds and the first
     * statement are done while the command reads its arguments and messages; {@link #open} takes the
     * connection. Nothing is reported from here: a failure is kept for {@code open} to report as it
     * always has. One at a time; a connection nobody takes is closed by {@link #dropAhead}.
     */
    public static void openAhead(CasebookAddress address, char[] password) {
        Ahead.start(address, password);
    }

    /** Closes a connection {@link #openAhead} opened that no command took, once it has opened, on a thread of its own. */
    public static void dropAhead() {
        Ahead ahead = Ahead.take(null, null);
        if (ahead != null) {
            ahead.discard();
        }
    }

    /** True while a connection opened ahead waits to be taken (tests). */
    public static boolean aheadWaiting() {
        return Ahead.PENDING.get() != null;
    }

    /**
     * A casebook being opened ahead on its own thread, until a command takes it. Started with no lambda
     * and nothing of the driver's loaded on the command's thread: all of that is the new thread's work.
     */
    private static final class Ahead implements java.util.concurrent.Callable<Opened> {
        static final java.util.concurrent.atomic.AtomicReference<Ahead> PENDING = new java.util.concurrent.atomic.AtomicReference<>();

        private final CasebookAddress address;
        private final char[] password;
        private final java.util.concurrent.FutureTask<Opened> task;

        private Ahead(CasebookAddress address, char[] password) {
            this.address = address;
            this.password = password == null ? null : password.clone();
            this.task = new java.util.concurrent.FutureTask<>(this);
        }

        @Override
        public Opened call() throws SQLException {
            return rawOpen(address, password);
        }

        static void start(CasebookAddress address, char[] password) {
            Ahead ahead = new Ahead(address, password);
            if (!PENDING.compareAndSet(null, ahead)) {
                ahead.wipe();
                return;
            }
            Thread t = new Thread(ahead.task, "repdesk-casebook");
            t.setDaemon(true);
            t.start();
        }

        /**
         * The waiting connection when it was opened for this address and password (removed from waiting);
         * else null, and one opened for another is closed. Null address: whichever is waiting.
         */
        static Ahead take(CasebookAddress address, char[] password) {
            Ahead ahead = PENDING.getAndSet(null);
            if (ahead == null || address == null) {
                return ahead;
            }
            if (ahead.address.equals(address) && java.util.Arrays.equals(ahead.password, password)) {
                return ahead;
            }
            ahead.discard();
            return null;
        }

        Opened result() throws SQLException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                discard(); // not cancelled: the login may still open, and is then closed
                throw new SQLException(e.toString(), "08006", e); // not for reps: translated as unreachable
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                if (task.isDone()) {
                    wipe(); // else discard wipes it once the login has read it
                }
            }
        }

        /**
         * Closes the connection once it is open (or its failure is known) on a thread of its own: nothing
         * waits for a login no command took, and a server that is not there (connectTimeout, 5 s) does not
         * hold up the command's exit. The password is wiped only after the login has read it.
         */
        void discard() {
            Thread t = new Thread(() -> {
                try {
                    close(task.get().connection());
                } catch (InterruptedException | java.util.concurrent.ExecutionException
                        | java.util.concurrent.CancellationException e) {
                    // nothing was opened, or the process is ending
                } finally {
                    wipe();
                }
            }, "repdesk-casebook-close");
            t.setDaemon(true);
            t.start();
        }

        private void wipe() {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** The connection and, in one round trip, jit off and what the login reads as it opens the casebook. */
    private static Opened rawOpen(CasebookAddress address, char[] password) throws SQLException {
        Connection c = rawConnect(address, password);
        try {
            return new Opened(c, opening(c));
        } catch (SQLException | RuntimeException e) {
            // The connection is sound but the statement was refused: set jit off alone, and leave the
            // reading to checkAndUpgrade's own statements, which report what is wrong as they always have.
            return new Opened(jitOff(c), null);
        }
    }

    /** {@code c} with {@link #JIT_OFF} set; closed if even that is refused. */
    private static Connection jitOff(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(JIT_OFF);
            return c;
        } catch (SQLException e) {
            close(c);
            throw e;
        }
    }

    private static Opening opening(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            // Both sent before one Sync: one round trip. An error in the second undoes the first.
            st.execute(JIT_OFF + "; " + OPENING);
            if (!st.getMoreResults()) {
                throw new SQLException("no opening row"); // not for reps: never happens; rawOpen falls back
            }
            try (ResultSet rs = st.getResultSet()) {
                if (!rs.next()) {
                    throw new SQLException("no opening row"); // not for reps: as above
                }
                String version = rs.getString(1);
                List<Object> groups = List.of((Object[]) rs.getArray(2).getArray());
                Role role = null;
                for (Role r : List.of(Role.OFFICER, Role.REP, Role.READER)) { // CURRENT_ROLE's order
                    if (groups.contains(r.group())) {
                        role = r;
                        break;
                    }
                }
                return new Opening(version == null ? 0 : Integer.parseInt(version), role, rs.getBoolean(3));
            }
        }
    }

    /**
     * The connection itself, from PostgreSQL's driver directly: DriverManager's first use would load every
     * driver on the class path by a service look-up (SQLite's too) to find it.
     */
    private static Connection rawConnect(CasebookAddress address, char[] password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (password != null && password.length > 0) {
            props.setProperty("password", new String(password)); // the driver takes a String
        }
        props.setProperty("ApplicationName", "RepDesk");
        // docs/casebook.md asks for PostgreSQL 14 or newer: the driver then sends the application's name
        // with the login rather than in a statement of its own after it (one round trip fewer).
        props.setProperty("assumeMinServerVersion", "14");
        // Quick to say a server is not there, rather than the driver's default of waiting 10 s.
        props.setProperty("connectTimeout", address.options().getOrDefault("connectTimeout", "5"));
        props.setProperty("tcpKeepAlive", "true");
        // Many small rows in one round trip when demo data or an import is saved in batches.
        props.setProperty("reWriteBatchedInserts", "true");
        Connection c = Driver.POSTGRESQL.connect(address.jdbcUrl(), props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL address: " + address.jdbcUrl(), "08001"); // not for reps: jdbcUrl always is
        }
        return c;
    }

    /** PostgreSQL's driver, loaded by the first connection, not with this class (its thread may be the opening one). */
    private static final class Driver {
        static final org.postgresql.Driver POSTGRESQL = new org.postgresql.Driver();
    }

    /**
     * The access rules make the planner's cost estimates large, and JIT-compiling a query on that
     * estimate cost the cases list 0.8 s of its 1.6 s at 100,000 cases (measured).
     */
    static final String JIT_OFF = "SET jit = off";

    private static StoreException openingFailed(CasebookAddress address, SQLException e) {
        String doing = Messages.text("store.doing.openCasebook", Map.of("address", address.describe()));
        StoreException translated = translate(e, doing);
        return translated != null ? translated : new StoreException(StoreException.Kind.UNREACHABLE,
                Messages.text("store.failed.other", Map.of("doing", doing, "reason", firstLine(e))), e);
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a connection that failed or was not wanted: nothing to tell anyone
        }
    }

    /** Refuses a database that is not a casebook, or is newer; brings an older one up to date as its owner. */
    static void checkAndUpgrade(Database db) {
        Opening opened = db.casebookOpening();
        int version = opened != null ? opened.version() : db.read(c -> {
            try (Statement st = c.createStatement()) {
                return Dialect.POSTGRESQL.schemaVersion(st);
            }
        });
        String where = db.describe();
        if (version == 0) {
            throw new StoreException(StoreException.Kind.NOT_A_CASEBOOK, Messages.text("casebookStore.notSetUp",
                    Map.of("where", where)));
        }
        if (version > Migrations.latestVersion()) {
            throw new StoreException(StoreException.Kind.NEWER_VERSION, Messages.text("casebookStore.newer",
                    Map.of("where", where, "version", String.valueOf(version),
                            "latest", String.valueOf(Migrations.latestVersion()))));
        }
        if (version < Migrations.latestVersion()) {
            if (!isOwner(db)) {
                throw new StoreException(StoreException.Kind.NEWER_VERSION, Messages.text("casebookStore.older",
                        Map.of("where", where, "version", String.valueOf(version))));
            }
            Migrations.apply(db);
        }
    }

    /**
     * Sets up (or brings up to date) the casebook: the three group roles, the schema and its access
     * rules. Run as the database's owner, once; running it again on an up-to-date casebook changes nothing.
     *
     * @return the casebook's data version afterwards
     */
    public static int init(CasebookAddress address, char[] password) {
        Connection c = connect(address, password);
        Database db = Database.casebookConnection(address, c, password);
        try {
            if (!isOwner(db)) {
                throw new StoreException(StoreException.Kind.NOT_ALLOWED, Messages.text("casebookStore.initAsOwner",
                        Map.of("database", address.database(), "user", address.user())));
            }
            int version = db.read(conn -> {
                try (Statement st = conn.createStatement()) {
                    return Dialect.POSTGRESQL.schemaVersion(st);
                }
            });
            if (version > Migrations.latestVersion()) {
                throw new StoreException(StoreException.Kind.NEWER_VERSION, Messages.text("casebookStore.newerInit",
                        Map.of("where", address.describe(), "version", String.valueOf(version))));
            }
            db.write(conn -> {
                try (Statement st = conn.createStatement()) {
                    for (Role r : Role.values()) {
                        // Group roles belong to the server: made once, shared by the casebooks on it.
                        st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + r.group()
                                + "') THEN CREATE ROLE " + r.group() + " NOLOGIN; END IF; END $$");
                    }
                    // Only the casebook's people may connect to it at all.
                    st.execute("REVOKE CONNECT ON DATABASE " + quoteIdentifier(conn, address.database()) + " FROM PUBLIC");
                    st.execute("GRANT CONNECT ON DATABASE " + quoteIdentifier(conn, address.database())
                            + " TO repdesk_rep, repdesk_officer, repdesk_reader");
                }
                return null;
            });
            Migrations.apply(db);
            return Migrations.latestVersion();
        } finally {
            db.close();
        }
    }

    /** The login's role in the casebook (null when it has none of the three: the owner, say). */
    public static Role roleOf(Database db) {
        Opening opened = db.casebookOpening();
        if (opened != null) {
            return opened.role(); // read with the connection, in its one statement
        }
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CURRENT_ROLE)) {
                return rs.next() ? Role.of(rs.getString(1)) : null;
            }
        });
    }

    /** The login the casebook is open as (PostgreSQL's current_user). */
    public static String login(Database db) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    static boolean isOwner(Database db) {
        Opening opened = db.casebookOpening();
        if (opened != null) {
            return opened.owner(); // read with the connection, in its one statement
        }
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(IS_OWNER)) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    /**
     * Adds a login with {@code role} (or gives an existing login that role), with its password
     * sent to the server already hashed (SCRAM), never as text in a statement.
     */
    public static void addUser(Database db, String login, Role role, String fullName, char[] password) {
        if (login == null || !login.matches("[a-z_][a-z0-9_.-]{0,62}")) {
            throw new StoreException(StoreException.Kind.CONSTRAINT, Messages.text("casebookStore.badLogin",
                    Map.of("login", String.valueOf(login))));
        }
        if (login.startsWith("repdesk_") || login.startsWith("pg_")) {
            throw new StoreException(StoreException.Kind.CONSTRAINT, Messages.text("casebookStore.reservedLogin",
                    Map.of("login", login)));
        }
        db.write(c -> {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement(ROLE_EXISTS)) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            String who = quoteIdentifier(c, login);
            try (Statement st = c.createStatement()) {
                if (!exists) {
                    st.execute("CREATE ROLE " + who + " LOGIN");
                }
                for (Role r : Role.values()) {
                    if (r != role) {
                        st.execute("REVOKE " + r.group() + " FROM " + who);
                    }
                }
                st.execute("GRANT " + role.group() + " TO " + who);
            }
            if (password != null && password.length > 0) {
                // A copy: the driver wipes the array it is given, and the caller's is the caller's to wipe.
                c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(login, password.clone(), "scram-sha-256");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO repdesk_user (login, full_name, role, added_on)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET full_name = coalesce(excluded.full_name,"
                    + " repdesk_user.full_name), role = excluded.role")) {
                Rows.bind(ps, login, fullName, role.word(), java.time.LocalDate.now().toString()).executeUpdate();
            }
            return null;
        });
    }

    /** Everyone the casebook knows, with their role and whether they can still log in. */
    public static List<User> users(Database db) {
        return db.read(c -> {
            List<User> users = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(USERS)) {
                while (rs.next()) {
                    users.add(new User(rs.getString(1), rs.getString(2), Role.of(rs.getString(3)), rs.getString(4),
                            rs.getBoolean(5)));
                }
            }
            return users;
        });
    }

    /**
     * Assigns the case to {@code login}, who must be a rep or officer of this casebook. The server
     * refuses it unless the login doing it is an officer (V7's policies).
     */
    public static void assign(Database db, String caseReference, String login) {
        db.write(c -> {
            String role;
            try (PreparedStatement ps = c.prepareStatement("SELECT role FROM repdesk_user WHERE login = ?")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    role = rs.next() ? rs.getString(1) : null;
                }
            }
            if (role == null || role.equals("reader")) {
                throw new StoreException(StoreException.Kind.CONSTRAINT, Messages.text("casebookStore.notARep",
                        Map.of("login", login)));
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET assigned_to = ? WHERE reference = ?")) {
                if (Rows.bind(ps, login, caseReference).executeUpdate() == 0) {
                    throw new StoreException(StoreException.Kind.CONSTRAINT, Messages.text("casebookStore.noCase",
                            Map.of("ref", caseReference)));
                }
            }
            return null;
        });
    }

    /**
     * Spreads every case of the casebook evenly over {@code logins} (by row number), in one statement:
     * an officer's bulk assignment, and how the load benchmark gives each of its reps a caseload.
     *
     * @return how many cases were assigned
     */
    public static int spreadCases(Database db, List<String> logins) {
        if (logins.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET assigned_to = (CAST(? AS TEXT[]))"
                    + "[1 + (rowid % ?)]")) {
                ps.setArray(1, c.createArrayOf("text", logins.toArray()));
                ps.setInt(2, logins.size());
                return ps.executeUpdate();
            }
        });
    }

    /** Stops what the connection is running (a search a newer keystroke replaced). */
    static void cancel(Connection c) throws SQLException {
        c.unwrap(org.postgresql.core.BaseConnection.class).cancelQuery();
    }

    private static String quoteIdentifier(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * A PostgreSQL error in words a rep can act on, by its SQLSTATE; null when it is not the
     * server's (SQLite's errors are read by {@link Database#translate}).
     */
    static StoreException translate(SQLException e, String doing) {
        if (e instanceof java.sql.BatchUpdateException batch && batch.getNextException() != null) {
            e = batch.getNextException(); // the row that failed, with its SQLSTATE
        }
        if (!(e instanceof org.postgresql.util.PSQLException)) {
            return null;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String line = firstLine(e);
        Map<String, Object> what = Map.of("doing", doing, "reason", line.replaceFirst("^ERROR: ", ""));
        if (line.contains("no password was provided") || line.contains("password was not provided") // not for reps
                || line.contains("no password supplied")) { // not for reps: the server's words, matched
            return new StoreException(StoreException.Kind.PASSWORD_NEEDED, Messages.text("store.server.passwordNeeded", what), e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreException(StoreException.Kind.WRONG_PASSWORD, Messages.text("store.server.wrongPassword", what), e);
        }
        if (unreachable(state)) {
            return new StoreException(StoreException.Kind.UNREACHABLE, Messages.text("store.server.unreachable", what), e);
        }
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Kind.NOT_A_CASEBOOK, Messages.text("store.server.noDatabase", what), e);
        }
        if (state.equals("42501")) {
            return new StoreException(StoreException.Kind.NOT_ALLOWED, Messages.text("store.server.notAllowed", what), e);
        }
        if (state.equals("23505")) {
            return new StoreException(StoreException.Kind.CONSTRAINT, Messages.text("store.failed.other", what), e);
        }
        if (state.equals("23503")) {
            return new StoreException(StoreException.Kind.CONSTRAINT, Messages.text("store.failed.foreignKey", what), e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StoreException(StoreException.Kind.BUSY, Messages.text("store.server.busy", what), e);
        }
        if (state.equals("57014")) {
            return new StoreException(StoreException.Kind.OTHER, Messages.text("store.server.stopped", what), e);
        }
        return new StoreException(StoreException.Kind.OTHER, Messages.text("store.failed.other", what), e);
    }

    private static String firstLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    }

    /** The server's SQLState for a connection that failed or was dropped (network, shutdown, restart). */
    static boolean unreachable(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
