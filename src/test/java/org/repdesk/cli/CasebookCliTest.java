package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CasebookAddress;
import org.repdesk.testing.TestCasebooks;

/** The command line on a branch casebook: --db postgresql://…, the casebook commands, moving a file in. */
class CasebookCliTest {

    @TempDir
    Path dir;

    private static CliRun run(Map<String, String> environment, Object... args) {
        return CliRun.of(environment::get, args);
    }

    private static Map<String, String> password() {
        return Map.of("PGPASSWORD", new String(TestCasebooks.password()),
                "REPDESK_NEW_PASSWORD", "a-new-rep's-password");
    }

    @Test
    void anOwnerSetsUpACasebookAddsAPersonAndTheyWorkInIt() {
        CasebookAddress owner = TestCasebooks.empty();
        CliRun init = run(password(), "--db", owner, "casebook", "init");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("is set up"), init.out());

        CliRun add = run(password(), "--db", owner, "casebook", "add-user", "priya", "--role", "rep", "--name", "Priya Shah");
        assertEquals(0, add.exit(), add.err());
        CliRun users = run(password(), "--db", owner, "casebook", "users");
        assertTrue(users.out().contains("priya") && users.out().contains("rep") && users.out().contains("Priya Shah"), users.out());

        // Priya's own password, as psql would take it from PGPASSWORD.
        Map<String, String> priya = Map.of("PGPASSWORD", "a-new-rep's-password");
        CliRun loaded = run(priya, "--db", owner.as("priya"), "demands");
        assertEquals(0, loaded.exit(), loaded.err());
        CliRun check = run(priya, "--db", "jdbc:" + owner.as("priya"), "check");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("no problems found"), check.out());
    }

    @Test
    void aReaderMakesTheBranchsBriefAndTheCaseListIsClosedToThem() {
        Path file = dir.resolve("rachel.db");
        assertEquals(0, run(Map.of(), "--db", file, "demo", "--members", "20", "--cases", "30").exit());
        CasebookAddress casebook = TestCasebooks.fresh();
        assertEquals(0, run(password(), "--db", casebook.as(TestCasebooks.OFFICER), "casebook", "import-file", file).exit());

        Path brief = dir.resolve("brief.md");
        CliRun made = run(password(), "--db", casebook.as(TestCasebooks.READER), "brief", "--from", "2000-01-01",
                "--to", "2100-01-01", "--out", brief);
        assertEquals(0, made.exit(), made.err());
        String text = assertDoesNotThrow(() -> java.nio.file.Files.readString(brief));
        assertTrue(text.contains("30"), "the branch's 30 cases are counted");

        CliRun list = run(password(), "--db", casebook.as(TestCasebooks.READER), "export", "cases", "--format", "csv",
                "--out", dir.resolve("cases.csv"));
        assertEquals(1, list.exit(), list.err());
        assertTrue(list.err().contains("does not allow"), list.err());

        // An officer exports the branch's cases (a casebook has no data file for --out to guard).
        Path csv = dir.resolve("officer.csv");
        CliRun exported = run(password(), "--db", casebook.as(TestCasebooks.OFFICER), "export", "cases", "--format", "csv",
                "--out", csv);
        assertEquals(0, exported.exit(), exported.err());
        assertEquals(31, assertDoesNotThrow(() -> java.nio.file.Files.readAllLines(csv)).size(), "a heading and 30 cases");
    }

    @Test
    void aRepsFileIsBroughtInWithItsCasesAndAClashIsListedFirst() {
        Path file = dir.resolve("rachel.db");
        assertEquals(0, run(Map.of(), "--db", file, "demo", "--members", "20", "--cases", "30").exit());
        CasebookAddress casebook = TestCasebooks.fresh();
        CasebookAddress officer = casebook.as(TestCasebooks.OFFICER);

        CliRun dry = run(password(), "--db", officer, "casebook", "import-file", file, "--dry-run");
        assertEquals(0, dry.exit(), dry.err());
        assertTrue(dry.out().contains("members: 20 new") && dry.out().contains("cases: 30 new"), dry.out());
        assertTrue(dry.out().contains("nothing was written"), dry.out());

        CliRun done = run(password(), "--db", officer, "casebook", "import-file", file);
        assertEquals(0, done.exit(), done.err());
        assertTrue(done.out().contains("Brought in 20 members, 30 cases"), done.out());
        CliRun again = run(password(), "--db", officer, "casebook", "import-file", file);
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("20 already in the casebook") && again.out().contains("30 already in the casebook"),
                again.out());

        // A second rep's file numbers its cases from 2026-0001 too: listed, nothing written, until --renumber.
        Path other = dir.resolve("rob.db");
        assertEquals(0, run(Map.of(), "--db", other, "demo", "--members", "5", "--cases", "4", "--seed", "7").exit());
        CliRun clash = run(password(), "--db", officer, "casebook", "import-file", other);
        assertEquals(1, clash.exit());
        assertTrue(clash.err().contains("--renumber"), clash.err());
        CliRun renumbered = run(password(), "--db", officer, "casebook", "import-file", other, "--renumber");
        assertEquals(0, renumbered.exit(), renumbered.err());
        assertTrue(renumbered.out().contains("is now"), renumbered.out());
    }

    @Test
    void aCasebookAddressWithAPasswordOrWithoutALoginIsRefusedBeforeAnythingIsOpened() {
        CliRun withPassword = run(Map.of(), "--db", "postgresql://rachel:secret@localhost/branch", "check");
        assertEquals(2, withPassword.exit());
        assertTrue(withPassword.err().contains("Leave the password out"), withPassword.err());
        CliRun noLogin = run(Map.of(), "--db", "postgresql://localhost/branch", "check");
        assertEquals(2, noLogin.exit());
        assertTrue(noLogin.err().contains("names no login"), noLogin.err());
    }

    @Test
    void fileOnlyCommandsSayWhatToDoOnACasebook() {
        CasebookAddress casebook = TestCasebooks.fresh().as(TestCasebooks.OFFICER);
        CliRun backup = run(password(), "--db", casebook, "backup");
        assertEquals(1, backup.exit());
        assertTrue(backup.err().contains("pg_dump"), backup.err());
        CliRun noCasebook = run(password(), "--db", dir.resolve("x.db"), "casebook", "users");
        assertEquals(1, noCasebook.exit());
        assertTrue(noCasebook.err().contains("postgresql://"), noCasebook.err());
    }

    @Test
    void aWrongPasswordIsOneLineAndExitOne() {
        CasebookAddress casebook = TestCasebooks.fresh().as(TestCasebooks.REP);
        CliRun wrong = run(Map.of("PGPASSWORD", "nope"), "--db", casebook, "check");
        assertEquals(1, wrong.exit());
        assertEquals(1, wrong.errLines().size(), wrong.err());
        assertTrue(wrong.err().contains("did not accept the login or password"), wrong.err());
    }

    @Test
    void aWrongPasswordOrAServerNotThereNameTheCasebookInTheLanguageAsked() {
        CasebookAddress casebook = TestCasebooks.fresh().as(TestCasebooks.REP);
        CliRun welsh = run(Map.of("PGPASSWORD", "nope"), "--lang", "cy", "--db", casebook, "check");
        assertEquals(1, welsh.exit());
        assertEquals(1, welsh.errLines().size(), welsh.err());
        assertTrue(welsh.err().contains(" ar " + casebook.host()) && welsh.err().contains("(fel " + TestCasebooks.REP + ")"),
                welsh.err());
        assertFalse(welsh.err().contains(" on ") || welsh.err().contains("(as "), "no English words: " + welsh.err());

        CliRun english = run(Map.of("PGPASSWORD", "nope"), "--lang", "en", "--db", casebook, "check");
        assertTrue(english.err().contains(" on " + casebook.host()) && english.err().contains("(as " + TestCasebooks.REP + ")"),
                english.err());

        CliRun notThere = run(Map.of("PGPASSWORD", "x"), "--lang", "cy", "--db",
                "postgresql://127.0.0.1:1/branch?user=rachel", "check");
        assertEquals(1, notThere.exit());
        assertTrue(notThere.err().contains("branch ar 127.0.0.1:1 (fel rachel)"), notThere.err());
    }
}
