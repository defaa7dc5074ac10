package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.testing.TestDesk;

class MemberServiceTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private MemberService members;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        members = desk.members();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNewMemberIsSavedTidiedAndFoundByNumber() {
        Member saved = members.save(new Member(java.util.UUID.randomUUID(), " NP-1 ", " Siân Jones ",
                org.repdesk.model.Union.NAPO, Grade.PO, " ", null, null, null, null, 37.0));
        assertEquals("NP-1", saved.membershipNumber());
        assertEquals("Siân Jones", saved.name());
        assertEquals(null, saved.team());
        assertEquals(Optional.of(saved), members.byMembershipNumber("np-1"));
    }

    @Test
    void savingAnExistingMemberUpdatesRatherThanAddingAnother() {
        Member m = members.save(aMember().number("NP-1").named("Sian Jones").build());
        Member renamed = new Member(m.id(), "NP-1", "Siân Jones", m.union(), Grade.SPO, m.team(), m.office(),
                m.region(), m.email(), m.phone(), 30.0);
        members.save(renamed);
        assertEquals(List.of(renamed), members.all());
    }

    @Test
    void aDuplicateMembershipNumberIsRefusedNamingTheMemberWhoHasIt() {
        members.save(aMember().number("NP-1").named("Siân Jones").build());
        ValidationException e = assertThrows(ValidationException.class,
                () -> members.save(aMember().number(" np-1 ").named("Zoë Smith").build()));
        assertEquals(List.of("Membership number np-1 is already used by Siân Jones."), e.problems());
        assertEquals(1, members.all().size());
    }

    @Test
    void takingAnotherMembersNumberOnEditIsRefusedToo() {
        members.save(aMember().number("NP-1").named("Siân Jones").build());
        Member zoë = members.save(aMember().number("NP-2").named("Zoë Smith").build());
        Member clash = new Member(zoë.id(), "NP-1", zoë.name(), zoë.union(), zoë.grade(), zoë.team(), zoë.office(),
                zoë.region(), zoë.email(), zoë.phone(), zoë.contractedHours());
        ValidationException e = assertThrows(ValidationException.class, () -> members.save(clash));
        assertTrue(e.problems().get(0).contains("already used by Siân Jones"), e.problems().toString());
        assertEquals("NP-2", members.byId(zoë.id()).orElseThrow().membershipNumber());
    }

    @Test
    void everyProblemIsListedTogetherWithTheDuplicateNumber() {
        members.save(aMember().number("NP-1").named("Siân Jones").build());
        ValidationException e = assertThrows(ValidationException.class,
                () -> members.save(aMember().number("NP-1").named("Zoë").email("zoe-at-napo").hours(0.0).build()));
        assertEquals(List.of("Email does not look like an email address (name@example.org).",
                "Contracted hours must be between 0.5 and 60.", "Membership number NP-1 is already used by Siân Jones."),
                e.problems());
    }

    @Test
    void aMemberWithCasesCannotBeDeletedUntilTheCasesAre() {
        Member m = members.save(aMember().named("Siân Jones").build());
        CaseFile one = desk.cases().open(aCase(m).build());
        CaseFile two = desk.cases().open(aCase(m).build());
        ValidationException e = assertThrows(ValidationException.class, () -> members.delete(m.id()));
        assertEquals(List.of("This member has 2 cases. Delete the cases first; a member with cases cannot be deleted."),
                e.problems());
        assertTrue(members.byId(m.id()).isPresent());

        desk.cases().delete(one.id());
        e = assertThrows(ValidationException.class, () -> members.delete(m.id()));
        assertTrue(e.problems().get(0).startsWith("This member has 1 case."), e.problems().toString());

        desk.cases().delete(two.id());
        members.delete(m.id());
        assertEquals(Optional.empty(), members.byId(m.id()));
    }
}
