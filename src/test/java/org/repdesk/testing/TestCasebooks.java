package org.repdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.repdesk.model.CasebookAddress;
import org.repdesk.store.Casebooks;
import org.repdesk.store.Database;

/**
 * Branch casebooks for tests, on a real PostgreSQL server the tests start themselves (embedded
 * binaries from Maven Central): one server for the whole test run, one casebook set up once with
 * {@code casebook init} and its logins, and a fresh copy of it (CREATE DATABASE … TEMPLATE) for
 * each test. Logins other than the superuser must give their password (SCRAM), as on a real server.
 */
public final class TestCasebooks {

    /** Owns the casebooks (CREATEROLE, not a superuser), as docs/casebook.md sets a branch up. */
    public static final String OWNER = "branch_owner";
    public static final String OFFICER = "olive";
    public static final String REP = "rachel";
    public static final String OTHER_REP = "rob";
    public static final String READER = "nina";
    private static final String SECRET = "test-only-password";
    private static final String TEMPLATE = "casebook_template";

    private static EmbeddedPostgres server;
    private static int made;

    private TestCasebooks() {
    }

    /** The password every test login has (a copy: callers may wipe it). */
    public static char[] password() {
        return SECRET.toCharArray();
    }

    /** A new, empty casebook, set up and with the four logins; its address names the owner. */
    public static synchronized CasebookAddress fresh() {
        EmbeddedPostgres pg = server();
        String name = "casebook_" + (++made);
        superuser("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE + " OWNER " + OWNER);
        return address(pg, name, OWNER);
    }

    /** A database with nothing in it, owned by {@link #OWNER}, for casebook init itself to set up. */
    public static synchronized CasebookAddress empty() {
        EmbeddedPostgres pg = server();
        String name = "empty_" + (++made);
        superuser("CREATE DATABASE " + name + " OWNER " + OWNER);
        return address(pg, name, OWNER);
    }

    /** Opens {@code casebook} as {@code login}, with its password. */
    public static Database open(CasebookAddress casebook, String login) {
        return Database.openCasebook(casebook.as(login), password());
    }

    /** How many sessions {@code login} has on the casebook's database now (seen as its owner). */
    public static int sessions(CasebookAddress casebook, String login) throws java.sql.SQLException {
        try (java.sql.Connection c = plainConnection(casebook, OWNER);
                java.sql.PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE usename = ?"
                        + " AND datname = current_database() AND pid <> pg_backend_pid()")) {
            ps.setString(1, login);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Waits (up to 10 s) until {@code login} has {@code n} sessions on {@code casebook}'s database: a close is told the server after it returns. */
    public static void waitForSessions(CasebookAddress casebook, String login, int n) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> sessions(casebook, login) == n);
        org.junit.jupiter.api.Assertions.assertEquals(n, sessions(casebook, login), login + "'s sessions");
    }

    /** A plain connection to {@code casebook} as {@code login}, as psql would make it: no RepDesk in between. */
    public static java.sql.Connection plainConnection(CasebookAddress casebook, String login) throws java.sql.SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", login);
        p.setProperty("password", SECRET);
        return java.sql.DriverManager.getConnection("jdbc:postgresql://" + casebook.host() + ":" + casebook.port() + "/"
                + casebook.database(), p);
    }

    /** Runs statements as the server's superuser (setting up, or looking behind RepDesk's back). */
    public static synchronized void superuser(String... statements) {
        superuser(server(), statements);
    }

    private static void superuser(EmbeddedPostgres pg, String... statements) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CasebookAddress address(EmbeddedPostgres pg, String database, String login) {
        return CasebookAddress.parse("postgresql://127.0.0.1:" + pg.getPort() + "/" + database + "?user=" + login);
    }

    private static EmbeddedPostgres server() {
        if (server != null) {
            return server;
        }
        try {
            // Under target/ so a run killed before its shutdown hook leaves the server's files
            // where `mvn clean` finds them, not 400 MB in /tmp per killed run.
            Path target = Path.of("target");
            Path data = Files.isDirectory(target) ? Files.createTempDirectory(target, "repdesk-pg")
                    : Files.createTempDirectory("repdesk-pg");
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
                    .setServerConfig("password_encryption", "scram-sha-256").start();
            // Everyone but the superuser logs in with a password, as on a branch's server.
            Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                    "local all postgres trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
            superuser(pg, "SELECT pg_reload_conf()",
                    "CREATE ROLE " + OWNER + " LOGIN CREATEROLE CREATEDB PASSWORD '" + SECRET + "'",
                    "CREATE DATABASE " + TEMPLATE + " OWNER " + OWNER);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is ending; the temp folder goes with the OS's clean-up
                }
            }));
            CasebookAddress template = address(pg, TEMPLATE, OWNER);
            Casebooks.init(template, password());
            try (Database owner = Database.openCasebook(template, password())) {
                Casebooks.addUser(owner, OFFICER, Casebooks.Role.OFFICER, "Olive Officer", password());
                Casebooks.addUser(owner, REP, Casebooks.Role.REP, "Rachel Rep", password());
                Casebooks.addUser(owner, OTHER_REP, Casebooks.Role.REP, "Rob Rep", password());
                Casebooks.addUser(owner, READER, Casebooks.Role.READER, "Nina Reader", password());
            }
            // A template must have no one connected when it is copied.
            superuser(pg, "ALTER DATABASE " + TEMPLATE + " WITH ALLOW_CONNECTIONS false");
            server = pg; // only once it is wholly set up: a failure above fails every test, not just the first
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends {@code pid}'s session from {@code other} at the first bytes written, keeping what was written. */
    public static java.io.OutputStream endingTheSessionAtFirst(org.repdesk.store.Database other, int pid,
            java.io.ByteArrayOutputStream written) {
        return new java.io.OutputStream() {
            private boolean ended;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (!ended) {
                    ended = true;
                    other.read(c -> {
                        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
                            ps.setInt(1, pid);
                            ps.execute();
                        }
                        return null;
                    });
                }
                written.write(b, off, len);
            }
        };
    }

    /** Gives {@code cases} to {@code login}, in one transaction on {@code db} (an officer's casebook). */
    public static void assign(org.repdesk.store.Database db, String login, java.util.List<org.repdesk.model.CaseFile> cases) {
        db.write(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("UPDATE case_file SET assigned_to = ? WHERE id = ?")) {
                for (org.repdesk.model.CaseFile k : cases) {
                    ps.setString(1, login);
                    ps.setString(2, k.id().toString());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }
}
