package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.store.StoreException;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/** A casebook's connection dropped by the server (a restart, a network fault): the desk carries on. */
class CasebookConnectionTest {

    private CasebookAddress casebook;

    @BeforeEach
    void freshCasebook() {
        casebook = TestCasebooks.fresh();
    }

    /** What an administrator's pg_terminate_backend, a server restart or a dropped VPN does to the rep's session. */
    private void serverDropsTheConnectionsOf(String login) {
        TestCasebooks.superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + login + "'");
    }

    @Test
    void aReadAfterTheConnectionDroppedIsAnsweredOnANewOne() {
        try (RepDesk rachel = new RepDesk(TestCasebooks.open(casebook, TestCasebooks.REP), TestDesk.fixedClock())) {
            Member m = rachel.members().save(aMember().named("Siân Jones").build());
            rachel.cases().open(aCase(m).build());

            serverDropsTheConnectionsOf(TestCasebooks.REP);

            assertEquals(1, rachel.cases().listRows().size());
        }
    }

    @Test
    void aSaveWhoseConnectionDroppedIsRefusedInWordsNothingIsHalfWrittenAndTheNextSaveWorks() {
        try (RepDesk rachel = new RepDesk(TestCasebooks.open(casebook, TestCasebooks.REP), TestDesk.fixedClock())) {
            Member m = rachel.members().save(aMember().named("Siân Jones").build());
            CaseFile c = rachel.cases().open(aCase(m).build());
            int before = rachel.cases().timeline(c.id()).size();
            TimelineEntry note = TimelineEntry.of(c.id(), LocalDate.of(2026, 11, 30), EntryKind.NOTE, "Met the manager", null);

            // Dropped between two statements of the same save: the first was never committed.
            StoreException dropped = assertThrows(StoreException.class, () -> rachel.database().write(conn -> {
                try (var st = conn.createStatement()) {
                    st.executeUpdate("UPDATE case_file SET outcome = 'half' WHERE id = '" + c.id() + "'");
                }
                serverDropsTheConnectionsOf(TestCasebooks.REP);
                try (var st = conn.createStatement()) {
                    st.executeUpdate("UPDATE case_file SET manager = 'half' WHERE id = '" + c.id() + "'");
                }
                return null;
            }));
            assertEquals(StoreException.Kind.UNREACHABLE, dropped.kind());
            assertTrue(dropped.getMessage().contains("was not saved") && dropped.getMessage().contains("reconnected"),
                    dropped.getMessage());
            assertEquals(null, rachel.cases().byId(c.id()).orElseThrow().outcome(), "nothing half-written");

            rachel.cases().addEntry(note);
            assertEquals(before + 1, rachel.cases().timeline(c.id()).size());
        }
    }
}
