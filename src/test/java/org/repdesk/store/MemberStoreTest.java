package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.testing.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;
import org.repdesk.model.WorkloadRecord;

@ParameterizedClass
@EnumSource(Engine.class)
class MemberStoreTest {

    @Parameter
    Engine engine;


    @TempDir
    Path dir;
    private Database db;
    private MemberStore members;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        members = new MemberStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMemberWithEveryFieldInAnyScriptComesBackUnchanged() {
        Member siân = aMember().number("NP-0042").named("Siân Zoë Łukasz 李 🌈").inUnion(Union.GMB_SCOOP)
                .grade(Grade.PSO).team("Équipe Cymraeg – Tîm 2").office("Caerdydd 🏢").inRegion(Region.WALES)
                .email("sian@napo.org.uk").phone("+44 (0)29 2034 5678").hours(22.5).build();
        members.insert(siân);
        assertEquals(Optional.of(siân), members.byId(siân.id()));
        // reopening the file reads the same member from disk
        db.close();
        db = engine.open(dir);
        assertEquals(Optional.of(siân), new MemberStore(db).byId(siân.id()));
    }

    @Test
    void optionalFieldsLeftEmptyComeBackEmpty() {
        Member bare = Member.create("U1", "Zoë", Union.UNISON, Grade.OTHER, null, null, null, null, null, null);
        members.insert(bare);
        assertEquals(Optional.of(bare), members.byId(bare.id()));
    }

    @Test
    void membershipNumbersAreUniqueWhateverTheirCase() {
        members.insert(aMember().number("ab123").named("Siân Jones").build());
        StoreException e = assertThrows(StoreException.class,
                () -> members.insert(aMember().number("AB123").named("Zoë Smith").build()));
        assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
        assertEquals(1, members.all().size());
    }

    @Test
    void findingByMembershipNumberIgnoresCase() {
        Member m = aMember().number("Ab123").build();
        members.insert(m);
        assertEquals(Optional.of(m), members.byMembershipNumber("aB123"));
        assertEquals(Optional.empty(), members.byMembershipNumber("Ab124"));
    }

    @Test
    void anImportBatchWithADuplicateSavesNobody() {
        List<Member> batch = List.of(aMember().number("X1").build(), aMember().number("X2").build(),
                aMember().number("x1").build());
        StoreException e = assertThrows(StoreException.class, () -> members.insertAll(batch));
        assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
        assertEquals(List.of(), members.all());
    }

    @Test
    void editingAMemberSavesEveryField() {
        Member m = aMember().named("Sian Jones").build();
        members.insert(m);
        Member edited = new Member(m.id(), "N-9", "Siân Jones-Evans", Union.NAPO, Grade.SPO, "Team B", "Swansea",
                Region.WALES, "s@example.org", "01792 000000", 30.0);
        members.update(edited);
        assertEquals(Optional.of(edited), members.byId(m.id()));
    }

    @Test
    void editingAMemberWhoWasDeletedSaysSo() {
        Member m = aMember().build();
        StoreException e = assertThrows(StoreException.class, () -> members.update(m));
        assertTrue(e.getMessage().contains("no longer exists"));
    }

    @Test
    void membersAreListedByNameIgnoringCase() {
        members.insert(aMember().named("carol").build());
        members.insert(aMember().named("Alice").build());
        members.insert(aMember().named("bob").build());
        assertEquals(List.of("Alice", "bob", "carol"), members.all().stream().map(Member::name).toList());
    }

    @Test
    void aMemberWithCasesCannotBeDeletedTheDatabaseRefuses() {
        Member m = aMember().build();
        members.insert(m);
        new CaseStore(db).insert(aCase(m).build());
        assertEquals(1, members.caseCount(m.id()));
        StoreException e = assertThrows(StoreException.class, () -> members.delete(m.id()));
        assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
        assertTrue(members.byId(m.id()).isPresent());
    }

    @Test
    void deletingAMemberTakesTheirWorkloadRecordsWithThem() {
        Member m = aMember().build();
        Member other = aMember().build();
        members.insert(m);
        members.insert(other);
        WorkloadStore workload = new WorkloadStore(db);
        workload.insert(WorkloadRecord.of(m.id(), LocalDate.of(2026, 11, 2), 120.0, null, null, null, null, null, null));
        workload.insert(WorkloadRecord.of(other.id(), LocalDate.of(2026, 11, 2), 90.0, null, null, null, null, null, null));
        members.delete(m.id());
        assertEquals(Optional.empty(), members.byId(m.id()));
        assertEquals(List.of(), workload.ofMember(m.id()));
        assertEquals(1, workload.ofMember(other.id()).size());
    }
}
