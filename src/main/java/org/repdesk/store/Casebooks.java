package org.repdesk.store;

import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CasebookAddress;
import java.sql.Connection;
import java.sql.DriverManager;
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
    private static final String ROLE_EXISTS = "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?";

    private Casebooks() {
    }

    /** A connection as the address's login; nothing is read yet. */
    static Connection connect(CasebookAddress address, char[] password) {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (password != null && password.length > 0) {
            props.setProperty("password", new String(password)); // the driver takes a String
        }
        props.setProperty("ApplicationName", "RepDesk");
        // Quick to say a server is not there, rather than the driver's default of waiting 10 s.
        props.setProperty("connectTimeout", address.options().getOrDefault("connectTimeout", "5"));
        props.setProperty("tcpKeepAlive", "true");
        // Many small rows in one round trip when demo data or an import is saved in batches.
        props.setProperty("reWriteBatchedInserts", "true");
        try {
            Connection c = DriverManager.getConnection(address.jdbcUrl(), props);
            try (Statement st = c.createStatement()) {
                // The access rules make the planner's cost estimates large, and JIT-compiling a query
                // on that estimate cost the cases list 0.8 s of its 1.6 s at 100,000 cases (measured).
                st.execute("SET jit = off");
            }
            return c;
        } catch (SQLException e) {
            String doing = Messages.text("store.doing.openCasebook", Map.of("address", address.describe()));
            StoreException translated = translate(e, doing);
            throw translated != null ? translated : new StoreException(StoreException.Kind.UNREACHABLE,
                    Messages.text("store.failed.other", Map.of("doing", doing, "reason", firstLine(e))), e);
        }
    }

    /** Refuses a database that is not a casebook, or is newer; brings an older one up to date as its owner. */
    static void checkAndUpgrade(Database db) {
        int version = db.read(c -> {
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
