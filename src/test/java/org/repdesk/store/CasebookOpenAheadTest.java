package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CasebookAddress;
import org.repdesk.testing.TestCasebooks;

/**
 * A casebook opened ahead on its own thread (issue 21): the command's open takes that connection when
 * the address and password are the same, reports its failures word for word as its own open does, and
 * one nobody takes is closed; the one statement read at opening answers as the separate ones did.
 */
class CasebookOpenAheadTest {

    @AfterEach
    void nothingLeftWaiting() {
        Casebooks.dropAhead();
    }

    @Test
    void theOpenTakesTheConnectionOpenedAheadForTheSameLoginAndPassword() throws Exception {
        CasebookAddress rep = TestCasebooks.fresh().as(TestCasebooks.REP);
        Casebooks.openAhead(rep, TestCasebooks.password());
        TestCasebooks.waitForSessions(rep, TestCasebooks.REP, 1);
        try (Database db = Database.openCasebook(rep, TestCasebooks.password())) {
            assertFalse(Casebooks.aheadWaiting());
            // The one opened ahead, not a second: without taking it there would be two.
            assertEquals(1, TestCasebooks.sessions(rep, TestCasebooks.REP));
            assertEquals(Casebooks.Role.REP, Casebooks.roleOf(db));
            assertEquals("off", db.read(c -> {
                try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW jit")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
        TestCasebooks.waitForSessions(rep, TestCasebooks.REP, 0);
    }

    @Test
    void anotherPasswordOrLoginOpensItsOwnAndTheOneOpenedAheadIsClosed() throws Exception {
        CasebookAddress casebook = TestCasebooks.fresh();
        CasebookAddress rep = casebook.as(TestCasebooks.REP);
        // A wrong password from the environment, then the right one typed: the typed one is tried.
        Casebooks.openAhead(rep, "not-it".toCharArray());
        try (Database db = Database.openCasebook(rep, TestCasebooks.password())) {
            assertEquals(Casebooks.Role.REP, Casebooks.roleOf(db));
        }
        // Opened ahead as the rep, then asked for as the officer: the officer's own, the rep's closed.
        Casebooks.openAhead(rep, TestCasebooks.password());
        TestCasebooks.waitForSessions(rep, TestCasebooks.REP, 1);
        try (Database db = Database.openCasebook(casebook.as(TestCasebooks.OFFICER), TestCasebooks.password())) {
            assertEquals(Casebooks.Role.OFFICER, Casebooks.roleOf(db));
            assertFalse(Casebooks.aheadWaiting());
            TestCasebooks.waitForSessions(rep, TestCasebooks.REP, 0);
        }
    }

    @Test
    void aConnectionNobodyTakesIsClosed() throws Exception {
        CasebookAddress reader = TestCasebooks.fresh().as(TestCasebooks.READER);
        Casebooks.openAhead(reader, TestCasebooks.password());
        TestCasebooks.waitForSessions(reader, TestCasebooks.READER, 1);
        Casebooks.dropAhead();
        assertFalse(Casebooks.aheadWaiting());
        TestCasebooks.waitForSessions(reader, TestCasebooks.READER, 0);
    }

    @Test
    void failuresAreReportedAsTheOpenReportsThem() {
        CasebookAddress casebook = TestCasebooks.fresh();
        CasebookAddress rep = casebook.as(TestCasebooks.REP);
        CasebookAddress nobodyThere = CasebookAddress.parse("postgresql://127.0.0.1:1/branch?user=rachel");
        CasebookAddress noDatabase = CasebookAddress.parse("postgresql://127.0.0.1:" + casebook.port()
                + "/no_such_branch?user=" + TestCasebooks.REP);
        CasebookAddress notSetUp = TestCasebooks.empty();
        for (Object[] c : List.<Object[]>of(new Object[] {rep, "wrong".toCharArray(), StoreException.Kind.WRONG_PASSWORD},
                new Object[] {rep, null, StoreException.Kind.PASSWORD_NEEDED},
                new Object[] {nobodyThere, TestCasebooks.password(), StoreException.Kind.UNREACHABLE},
                new Object[] {noDatabase, TestCasebooks.password(), StoreException.Kind.NOT_A_CASEBOOK},
                new Object[] {notSetUp, TestCasebooks.password(), StoreException.Kind.NOT_A_CASEBOOK})) {
            CasebookAddress address = (CasebookAddress) c[0];
            char[] password = (char[]) c[1];
            StoreException own = assertThrows(StoreException.class, () -> Database.openCasebook(address, password));
            Casebooks.openAhead(address, password);
            StoreException ahead = assertThrows(StoreException.class, () -> Database.openCasebook(address, password));
            assertFalse(Casebooks.aheadWaiting());
            assertEquals(c[2], own.kind(), own.getMessage());
            assertEquals(own.kind(), ahead.kind(), address.toString());
            assertEquals(own.getMessage(), ahead.getMessage(), address.toString());
        }
    }

    @Test
    void theOneStatementReadAtOpeningAnswersAsTheSeparateStatementsDo() throws Exception {
        CasebookAddress casebook = TestCasebooks.fresh();
        for (String login : List.of(TestCasebooks.OWNER, TestCasebooks.OFFICER, TestCasebooks.REP, TestCasebooks.READER)) {
            CasebookAddress as = casebook.as(login);
            try (Database opened = Database.openCasebook(as, TestCasebooks.password());
                    Database asked = Database.casebookConnection(as, Casebooks.connect(as, TestCasebooks.password()),
                            TestCasebooks.password())) {
                assertNotNull(opened.casebookOpening(), login);
                assertNull(asked.casebookOpening(), login);
                assertEquals(Casebooks.roleOf(asked), Casebooks.roleOf(opened), login);
                assertEquals(Casebooks.isOwner(asked), Casebooks.isOwner(opened), login);
                assertEquals(Migrations.latestVersion(), opened.casebookOpening().version(), login);
            }
        }
        try (Database owner = TestCasebooks.open(casebook, TestCasebooks.OWNER)) {
            assertTrue(Casebooks.isOwner(owner));
            assertNull(Casebooks.roleOf(owner), "the owner has none of the three roles");
        }
    }
}
