package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.AuditEntry;

/** A file written by RepDesk before the audit trail (version 2, with data) gains it on open, data intact. */
class AuditMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionTwoFileWithDataGainsAnEmptyAppendOnlyAuditTrail() throws Exception {
        Path file = dir.resolve("v2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            Database.supplyMissingFunctions(c); // as every RepDesk connection has it (SQLite 3.40 lacks concat_ws)
            st.execute("PRAGMA foreign_keys = ON");
            st.executeUpdate(Migrations.load("V1__casework.sql"));
            st.executeUpdate(Migrations.load("V2__demands.sql"));
            st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            st.execute("PRAGMA user_version = 2");
            st.executeUpdate("""
                INSERT INTO member (id, membership_number, name, union_name, grade, created_at, updated_at)
                VALUES ('00000000-0000-0000-0000-00000000a001', 'NP-7', 'Siân Łukasz', 'NAPO', 'PO',
                        '2019-01-01T00:00:00Z', '2019-01-01T00:00:00Z');
                INSERT INTO case_file (id, reference, member_id, case_type, status, stage, opened_on, closed_on,
                    outcome, workload_factor, created_at, updated_at)
                VALUES ('00000000-0000-0000-0000-00000000c001', '2019-0001', '00000000-0000-0000-0000-00000000a001',
                        'CAPABILITY', 'CLOSED', 'Informal', '2019-01-02', '2019-06-30', 'Resolved', 'YES',
                        '2019-01-02T00:00:00Z', '2019-06-30T00:00:00Z');
                INSERT INTO demand (id, title, kind, raised_on, priority, status, created_at, updated_at)
                VALUES ('00000000-0000-0000-0000-0000000de001', 'Cap caseloads', 'URGENT_DEMAND', '2025-01-01',
                        'HIGH', 'RAISED', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
                """);
        }

        try (Database db = Database.open(file)) {
            assertEquals(Migrations.latestVersion(), (int) db.read(c -> {
                try (Statement st = c.createStatement()) {
                    return Database.intPragma(st, "user_version");
                }
            }));
            AuditStore audit = new AuditStore(db);
            assertEquals(List.of(), audit.all());
            assertEquals("Siân Łukasz", new MemberStore(db).byMembershipNumber("NP-7").orElseThrow().name());
            assertEquals(1, new RetentionStore(db).closedCases().size(), "old closed cases reach the review");

            audit.append(List.of(new AuditEntry(0, null, "Dana Rep", AuditEntry.Kind.DATA_FILE,
                    java.util.UUID.randomUUID(), null, null, null, AuditEntry.Action.CHANGED, null, null, null)));
            StoreException e = assertThrows(StoreException.class, () -> db.write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("DELETE FROM audit_entry");
                }
            }));
            assertTrue(e.getMessage().contains("append-only"));
        }
    }
}
