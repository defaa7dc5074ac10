package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.AuditEntry.Action;
import org.repdesk.model.AuditEntry.Kind;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.Priority;
import org.repdesk.model.ResponseChannel;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.store.StoreException;
import org.repdesk.testing.TestDesk;

class AuditTrailTest {

    private static final String INFORMAL = "Informal stage (support and improvement plan)";
    private static final String FORMAL_1 = "Formal stage 1 (first written warning)";
    private static final String SECRET_NOTE = "Member disclosed a bipolar diagnosis to OH zqxj";
    private static final String SECRET_ACCOUNT = "Caseload of 71 since March wpvk";
    private static final String SECRET_OUTCOME = "Warning withdrawn after grievance hmzt";
    private static final String SECRET_SAID = "Employer said no money this year frbq";

    @TempDir
    Path dir;
    private RepDesk desk;
    private Member siân;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        desk.settings().saveRepName("Dana Rep");
        siân = desk.members().save(aMember().named("Siân Jones").number("N12345").build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private CaseFile openCase() {
        return desk.cases().open(aCase(siân).type(CaseType.CAPABILITY, INFORMAL).openedOn(LocalDate.of(2026, 3, 2))
                .build());
    }

    @Test
    void changingAMemberRecordsWhoWhenAndTheOldAndNewValueOfEachField() {
        desk.members().save(new Member(siân.id(), siân.membershipNumber(), "Siân Jones-Evans", siân.union(),
                siân.grade(), "Team B", siân.office(), siân.region(), siân.email(), siân.phone(), 30.0));

        List<AuditEntry> trail = desk.audit().ofMember(siân.id());
        assertEquals(Action.CREATED, trail.get(0).action());
        assertEquals("N12345", trail.get(0).reference());
        List<AuditEntry> changes = trail.subList(1, trail.size());
        assertEquals(List.of("name", "team", "contracted hours"), changes.stream().map(AuditEntry::field).toList());
        AuditEntry name = changes.get(0);
        assertEquals("Dana Rep", name.who());
        assertEquals(Kind.MEMBER, name.kind());
        assertEquals("Siân Jones", name.oldValue());
        assertEquals("Siân Jones-Evans", name.newValue());
        assertTrue(name.at().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), name.at());
        assertEquals("37.0", changes.get(2).oldValue());
    }

    @Test
    void savingAMemberUnchangedRecordsNothing() {
        desk.members().save(siân);
        assertEquals(1, desk.audit().ofMember(siân.id()).size());
    }

    @Test
    void anAuditEntryIsRolledBackWithTheChangeItRecords() {
        Member renamed = new Member(siân.id(), siân.membershipNumber(), "Someone Else", siân.union(), siân.grade(),
                siân.team(), siân.office(), siân.region(), siân.email(), siân.phone(), siân.contractedHours());
        assertThrows(IllegalStateException.class, () -> desk.database().write(c -> {
            desk.members().save(renamed);
            throw new IllegalStateException("the power went at this point");
        }));

        assertEquals("Siân Jones", desk.members().byId(siân.id()).orElseThrow().name());
        assertEquals(1, desk.audit().all().size(), "only the member's creation");
    }

    @Test
    void stageAndStatusChangesOfACaseAreRecordedInTheCasesTrail() {
        CaseFile c = openCase();
        CaseFile formal = desk.cases().update(c.withStage(FORMAL_1));
        desk.cases().update(formal.withStatus(CaseStatus.CLOSED, LocalDate.of(2026, 11, 1), SECRET_OUTCOME));

        List<AuditEntry> trail = desk.audit().ofCase(c.id());
        assertEquals(Action.CREATED, trail.get(0).action());
        assertEquals(c.reference(), trail.get(0).reference());
        AuditEntry stage = trail.get(1);
        assertEquals("stage", stage.field());
        assertEquals(INFORMAL, stage.oldValue());
        assertEquals(FORMAL_1, stage.newValue());
        List<String> closing = trail.subList(2, trail.size()).stream().map(e -> e.field() + "=" + e.newValue())
                .toList();
        assertEquals(List.of("status=Closed", "closed on=2026-11-01", "outcome=" + AuditEntry.TEXT_CHANGED), closing);
        assertEquals(siân.id(), stage.memberId(), "the case's entries are part of the member's trail too");
        assertTrue(desk.audit().ofMember(siân.id()).containsAll(trail));
    }

    @Test
    void timelineDeadlineWorkloadAndDemandChangesAreEachRecorded() {
        CaseFile c = openCase();
        TimelineEntry entry = desk.cases().addEntry(TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 9),
                EntryKind.MEETING, "Capability meeting", "first note"));
        desk.cases().editEntry(new TimelineEntry(entry.id(), c.id(), entry.date(), entry.kind(), entry.summary(),
                "second note"));
        desk.cases().deleteEntry(entry.id());
        Deadline d = desk.cases().addDeadline(Deadline.of(c.id(), LocalDate.of(2026, 12, 1), "Appeal letter", false));
        desk.cases().setDeadlineDone(d.id(), true);
        desk.cases().deleteDeadline(d.id());
        WorkloadRecord w = desk.workload().add(WorkloadRecord.of(siân.id(), LocalDate.of(2026, 11, 2), 121.0, null,
                null, null, null, null, null));
        desk.workload().delete(w.id());
        Demand demand = desk.demands().raise(Demand.raise("Cap caseloads", null, DemandKind.URGENT_DEMAND, null,
                LocalDate.of(2026, 1, 5), Priority.HIGH));
        desk.demands().linkCase(demand.id(), c.id());
        desk.demands().changeStatus(demand.id(), DemandStatus.IN_DISCUSSION, LocalDate.of(2026, 2, 1), "note");
        desk.demands().unlinkCase(demand.id(), c.id());

        List<String> caseTrail = desk.audit().ofCase(c.id()).stream()
                .map(e -> e.kind() + " " + e.action() + (e.field() == null ? "" : " " + e.field())).toList();
        assertEquals(List.of("CASE CREATED", "TIMELINE_ENTRY CREATED", "TIMELINE_ENTRY CHANGED note",
                "TIMELINE_ENTRY DELETED", "DEADLINE CREATED", "DEADLINE CHANGED done", "DEADLINE DELETED",
                "DEMAND_CASE_LINK CHANGED evidence for demand", "DEMAND_CASE_LINK CHANGED evidence for demand"),
                caseTrail);
        List<String> memberOnly = desk.audit().ofMember(siân.id()).stream().filter(e -> e.caseId() == null)
                .map(e -> e.kind() + " " + e.action()).toList();
        assertEquals(List.of("MEMBER CREATED", "WORKLOAD_RECORD CREATED", "WORKLOAD_RECORD DELETED"), memberOnly);
        List<String> demandTrail = desk.audit().all().stream().filter(e -> e.kind() == Kind.DEMAND)
                .map(e -> e.action() + (e.field() == null ? "" : " " + e.field() + " " + e.oldValue() + "->"
                        + e.newValue())).toList();
        assertEquals(List.of("CREATED", "CHANGED status Raised->In discussion"), demandTrail);
    }

    @Test
    void freeTextIsNeverCopiedIntoTheAuditTable() throws Exception {
        CaseFile c = openCase();
        desk.cases().update(c.withDetails("Priya Patel", c.workloadFactor(), SECRET_ACCOUNT));
        TimelineEntry entry = desk.cases().addEntry(TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 9),
                EntryKind.NOTE, "Call with member", "placeholder"));
        desk.cases().editEntry(new TimelineEntry(entry.id(), c.id(), entry.date(), entry.kind(), entry.summary(),
                SECRET_NOTE));
        desk.cases().update(desk.cases().byId(c.id()).orElseThrow()
                .withStatus(CaseStatus.CLOSED, LocalDate.of(2026, 11, 1), SECRET_OUTCOME));
        Demand demand = desk.demands().raise(Demand.raise("Cap caseloads", null, DemandKind.URGENT_DEMAND, null,
                LocalDate.of(2026, 1, 5), Priority.HIGH));
        desk.demands().recordResponse(EmployerResponse.of(demand.id(), LocalDate.of(2026, 2, 1), SECRET_SAID,
                "HR director", ResponseChannel.MEETING, DemandStatus.REFUSED, null, null));

        String everything = desk.database().read(conn -> {
            StringBuilder all = new StringBuilder();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM audit_entry")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        all.append(rs.getString(i)).append('|');
                    }
                }
            }
            return all.toString();
        });
        assertTrue(everything.contains("Priya Patel"), "structured fields are kept");
        assertTrue(everything.contains(AuditEntry.TEXT_CHANGED));
        for (String secret : List.of(SECRET_NOTE, SECRET_ACCOUNT, SECRET_OUTCOME, SECRET_SAID, "zqxj", "wpvk", "hmzt",
                "frbq")) {
            assertFalse(everything.contains(secret), secret + " reached the audit table");
        }
    }

    @Test
    void importedMembersAreEachRecordedAsCreatedInTheImportsTransaction() throws Exception {
        String csv = "membership_number,name,union,grade\nN-1,Ann Import,Napo,PO\nN-2,Bo Import,Unison,PSO\n";
        MemberImport.Result result = desk.memberImport().importAll(MemberImport.read(
                new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals(2, result.imported());
        Member ann = desk.members().byMembershipNumber("N-1").orElseThrow();
        List<AuditEntry> trail = desk.audit().ofMember(ann.id());
        assertEquals(1, trail.size());
        assertEquals(Action.CREATED, trail.get(0).action());
        assertEquals("Dana Rep", trail.get(0).who());
    }

    @Test
    void deletingAMemberLeavesNoNameOrNumberOfTheirsInTheTrail() {
        desk.members().save(new Member(siân.id(), siân.membershipNumber(), "Siân Jones-Evans", siân.union(),
                siân.grade(), siân.team(), siân.office(), siân.region(), siân.email(), siân.phone(), 30.0));
        desk.members().delete(siân.id());

        List<AuditEntry> trail = desk.audit().ofMember(siân.id());
        assertEquals(List.of(Action.CREATED, Action.CHANGED, Action.CHANGED, Action.DELETED),
                trail.stream().map(AuditEntry::action).toList());
        assertTrue(trail.stream().allMatch(e -> e.who().equals("Dana Rep")));
        for (AuditEntry e : trail) {
            assertFalse(String.valueOf(e.reference()).contains("N12345"), e.toString());
            assertFalse(String.valueOf(e.oldValue()).contains("Siân"), e.toString());
            assertFalse(String.valueOf(e.newValue()).contains("Siân"), e.toString());
        }
        assertEquals("name", trail.get(1).field(), "which field changed is kept");
    }

    @Test
    void theAuditTableRefusesUpdateAndDelete() {
        openCase();
        for (String sql : List.of("UPDATE audit_entry SET who = 'someone else'", "DELETE FROM audit_entry",
                "UPDATE audit_entry SET new_value = '[removed]'")) {
            StoreException e = assertThrows(StoreException.class, () -> desk.database().write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate(sql);
                }
            }), sql);
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
        assertEquals(2, desk.audit().all().size());
        assertTrue(desk.audit().all().stream().allMatch(e -> e.who().equals("Dana Rep")));
    }

    @Test
    void withoutARepNameTheTrailSaysSo() {
        try (RepDesk other = TestDesk.open(dir.resolve("other"))) {
            Member m = other.members().save(aMember().build());
            assertEquals(AuditTrail.NAME_NOT_SET, other.audit().ofMember(m.id()).get(0).who());
        }
    }

    @Test
    void theTrailExportsAsCsvAndJsonWithoutFreeText() throws Exception {
        CaseFile c = openCase();
        desk.cases().update(c.withDetails(null, c.workloadFactor(), SECRET_ACCOUNT));
        Path csv = dir.resolve("audit.csv");
        Path json = dir.resolve("audit.json");
        assertEquals(3, desk.audit().export(Exporter.Format.CSV, csv));
        assertEquals(3, desk.audit().export(Exporter.Format.JSON, json));
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(csvText.contains("seq,at,who,kind,reference,action,field,old_value,new_value"), csvText);
        assertTrue(csvText.contains("workload account"));
        assertFalse(csvText.contains(SECRET_ACCOUNT));
        String jsonText = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(jsonText.contains("\"who\" : \"Dana Rep\""), jsonText);
        assertTrue(jsonText.contains(c.reference()));
    }
}
