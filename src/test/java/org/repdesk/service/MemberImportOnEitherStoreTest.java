package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.model.AuditEntry;
import org.repdesk.store.AuditStore;
import org.repdesk.store.Database;
import org.repdesk.store.MemberStore;
import org.repdesk.testing.Engine;

/**
 * {@code import members} runs on a data file and on a branch casebook: members and their audit entries
 * go in in batches, and numbers the store already holds are found by reading its numbers as they come.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class MemberImportOnEitherStoreTest {

    private static final String HEADER = "membership_number,name,union,grade,team,office,region,email,phone,"
            + "contracted_hours\r\n";

    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = engine.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFileOfSeveralBatchesIsAddedWithOneCreatedEntryPerMemberInTheFilesOrder() throws IOException {
        MemberImport.Result result = new MemberImport(db).importFile(csv(rows(0, 2_345)));

        assertEquals(List.of(), result.problems());
        assertEquals(2_345, new MemberStore(db).count());
        List<AuditEntry> created = new AuditStore(db).all().stream()
                .filter(e -> e.action() == AuditEntry.Action.CREATED).toList();
        assertEquals(2_345, created.size());
        assertEquals("N0", created.get(0).reference());
        assertEquals("N2344", created.get(2_344).reference());
    }

    @Test
    void eachImportedMemberGetsTheCreatedEntryItsOwnSaveWouldWriteWhoeverIsNamedAsTheRep() throws IOException {
        SettingsService settings = new SettingsService(new org.repdesk.store.SettingsStore(db));
        settings.saveRepName("Dana Rep");
        // Whom an entry written one at a time names (a casebook names its login whatever the setting says).
        java.util.UUID someoneElse = java.util.UUID.randomUUID();
        new AuditTrail(new AuditStore(db), settings).created(new AuditTrail.Subject(AuditEntry.Kind.MEMBER, someoneElse,
                "N-elsewhere", someoneElse, null));
        String who = new AuditStore(db).all().get(0).who();
        new MemberImport(db).importFile(csv(rows(0, 1_001) + "Nx,Gwen Ap Rhys,Napo,PO,,,,,,\r\n"));

        List<org.repdesk.model.Member> added = new MemberStore(db).all();
        java.util.Map<java.util.UUID, AuditEntry> entries = new java.util.HashMap<>();
        new AuditStore(db).all().forEach(e -> entries.put(e.entityId(), e));
        assertEquals(1_003, entries.size());
        assertEquals(1_002, added.size());
        for (org.repdesk.model.Member m : added) {
            AuditTrail.Subject s = MemberService.subject(m);
            AuditEntry e = entries.get(m.id());
            assertEquals(List.of(s.kind(), s.id(), s.reference(), s.memberId(), "null", AuditEntry.Action.CREATED,
                    "null", "null", "null", who), List.of(e.kind(), e.entityId(), e.reference(), e.memberId(),
                    String.valueOf(e.caseId()), e.action(), String.valueOf(e.field()), String.valueOf(e.oldValue()),
                    String.valueOf(e.newValue()), e.who()), m.membershipNumber());
        }
    }

    @Test
    void numbersTheStoreHoldsAreNamedAtTheirLinesWhateverTheirCaseAndNobodyIsAdded() throws IOException {
        new MemberImport(db).importFile(csv(rows(0, 1_200)));

        MemberImport.Result again = new MemberImport(db).importFile(csv(rows(1_198, 3).replace("N1199", "n1199")));

        assertEquals(List.of(new MemberImport.Problem(2, "Membership number N1198 is already in the data file"
                + " (Member 1198)."), new MemberImport.Problem(3, "Membership number N1199 is already in the data file"
                + " (Member 1199).")), again.problems());
        assertEquals(1_200, new MemberStore(db).count());
    }

    private static String rows(int from, int count) {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = from; i < from + count; i++) {
            rows.append("N").append(i).append(",Member ").append(i).append(",Napo,PO,,,,,,\r\n");
        }
        return rows.toString();
    }

    private Path csv(String content) throws IOException {
        Path file = Files.createTempFile(dir, "members", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
