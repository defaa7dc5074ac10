package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CasebookAddress;
import org.repdesk.store.Casebooks;
import org.repdesk.testing.TestCasebooks;

/**
 * The command line with the casebook opened ahead, as Main starts it (issue 21): every command prints
 * and exits exactly as it did opening the casebook itself, and a connection it does not take is closed.
 */
class CasebookOpenAheadCliTest {

    @AfterEach
    void nothingLeftWaiting() {
        Casebooks.dropAhead();
    }

    /** Runs the command twice, opening the casebook itself and then ahead as Main does; returns both. */
    private static List<CliRun> bothWays(Map<String, String> environment, Object... args) {
        Function<String, String> env = environment::get;
        CliRun own = CliRun.of(env, args);
        String[] words = java.util.Arrays.stream(args).map(Object::toString).toArray(String[]::new);
        Cli.openCasebookAhead(Cli.read(words), env);
        CliRun ahead = CliRun.of(env, args);
        assertEquals(own.exit(), ahead.exit(), ahead.err());
        assertEquals(own.err(), ahead.err());
        assertEquals(own.out(), ahead.out());
        return List.of(own, ahead);
    }

    @Test
    void aCheckPrintsTheSameOpenedAhead() {
        CasebookAddress rep = TestCasebooks.fresh().as(TestCasebooks.REP);
        CliRun run = bothWays(Map.of("PGPASSWORD", new String(TestCasebooks.password())), "--db", rep, "check").get(1);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("no problems found"), run.out());
    }

    @Test
    void aWrongOrMissingPasswordAndAServerNotThereAreTheSameOneLine() {
        CasebookAddress rep = TestCasebooks.fresh().as(TestCasebooks.REP);
        CliRun wrong = bothWays(Map.of("PGPASSWORD", "nope"), "--db", rep, "check").get(1);
        assertEquals(1, wrong.exit());
        assertEquals(1, wrong.errLines().size(), wrong.err());
        assertTrue(wrong.err().contains("did not accept the login or password"), wrong.err());

        // No PGPASSWORD and no terminal (the tests'): told how to give one, as before.
        CliRun none = bothWays(Map.of(), "--db", rep, "check").get(1);
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("PGPASSWORD"), none.err());

        CliRun refused = bothWays(Map.of("PGPASSWORD", "x"), "--db", "postgresql://127.0.0.1:1/branch?user=rachel",
                "--lang", "cy", "check").get(1);
        assertEquals(1, refused.exit());
        assertEquals(1, refused.errLines().size(), refused.err());
    }

    @Test
    void argumentsTheCommandWouldRefuseSendNoLoginToTheServer() {
        String reader = TestCasebooks.fresh().as(TestCasebooks.READER).toString();
        Function<String, String> env = Map.of("PGPASSWORD", new String(TestCasebooks.password()))::get;
        for (String[] refused : List.of(new String[] {"--db", reader, "brif", "--out", "b.pdf"},
                new String[] {"--db", reader, "brief", "--out", "b.pdf", "--wekks", "4"},
                new String[] {"--db", reader, "--db", reader, "brief", "--out", "b.pdf"},
                new String[] {"--db", reader, "--lang", "fr", "brief", "--out", "b.pdf"},
                new String[] {"--db", reader, "printers"})) {
            Cli.openCasebookAhead(Cli.read(refused), env);
            assertFalse(Casebooks.aheadWaiting(), String.join(" ", refused));
        }
        String[] taken = {"--db", reader, "brief", "--out", "b.pdf"};
        Cli.openCasebookAhead(Cli.read(taken), env);
        assertTrue(Casebooks.aheadWaiting(), "a command that will run starts its login");
        Casebooks.dropAhead();
    }

    @Test
    void aConnectionTheCommandDoesNotTakeIsClosed() throws Exception {
        CasebookAddress reader = TestCasebooks.fresh().as(TestCasebooks.READER);
        Function<String, String> env = Map.of("PGPASSWORD", new String(TestCasebooks.password()))::get;
        String[] badUsage = {"--db", reader.toString(), "brief"}; // no --out: exit 2 before anything is opened
        Cli.openCasebookAhead(Cli.read(badUsage), env);
        CliRun run = CliRun.of(env, (Object[]) badUsage);
        assertEquals(2, run.exit(), run.err());
        // Its closing is the server's to see: wait for the condition, as the store's test does.
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> TestCasebooks.sessions(reader, TestCasebooks.READER) == 0);
        assertEquals(0, TestCasebooks.sessions(reader, TestCasebooks.READER), "the connection opened ahead was closed");
    }
}
