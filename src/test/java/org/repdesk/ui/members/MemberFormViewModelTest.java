package org.repdesk.ui.members;

import org.repdesk.testing.AtOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** The member form's state, checks and save over a real data file, with no window. */
class MemberFormViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce runner = new AtOnce();
    private MemberFormViewModel form;
    private final List<Member> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        form = new MemberFormViewModel(runner, desk.members());
        form.setOnSaved(saved::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNewMembersFormSaysNothingBeforeAnythingIsTypedAndEverythingOnSave() {
        assertEquals("New member", form.titleProperty().get());
        assertEquals("", form.numberProblem().shownProperty().get());
        assertEquals("", form.nameProblem().shownProperty().get());
        assertFalse(form.canSaveProperty().get());
        assertFalse(form.save());
        assertEquals("Required.", form.numberProblem().shownProperty().get());
        assertEquals("Required.", form.nameProblem().shownProperty().get(), "every problem at once");
        assertTrue(saved.isEmpty());
    }

    @Test
    void aFieldSaysItsProblemOnceTouchedAndTheOthersWait() {
        form.hoursProperty().set("thirty");
        assertEquals("Must be a number, like 37 or 22.5.", form.hoursProblem().shownProperty().get());
        assertEquals("", form.nameProblem().shownProperty().get(), "the name, not touched, waits");
        assertEquals("Required.", form.nameProblem().problemProperty().get());
        form.hoursProperty().set("61");
        assertEquals("Between 0.5 and 60 hours a week.", form.hoursProblem().shownProperty().get());
        form.emailProperty().set("sian@");
        form.phoneProperty().set("call me");
        assertTrue(form.emailProblem().shownProperty().get().startsWith("Does not look like an email address"));
        assertTrue(form.phoneProblem().shownProperty().get().startsWith("Only digits"));
    }

    @Test
    void aNewMemberIsSavedAndTheFormThenHoldsNothingUnsaved() {
        form.numberProperty().set("N-4471");
        form.nameProperty().set(" Siân Llewellyn ");
        form.hoursProperty().set("22,5");
        form.regionProperty().set(Region.WALES);
        assertTrue(form.isDirty());
        assertTrue(form.canSaveProperty().get());
        assertTrue(form.save());
        Member stored = desk.members().byMembershipNumber("N-4471").orElseThrow();
        assertEquals("Siân Llewellyn", stored.name());
        assertEquals(22.5, stored.contractedHours());
        assertEquals(List.of(stored), saved);
        assertEquals(stored.id(), form.editing());
        assertEquals("Siân Llewellyn", form.titleProperty().get());
        assertFalse(form.isDirty());
        assertFalse(form.canRevertProperty().get());
    }

    @Test
    void editingThenRevertPutsTheMemberBack() {
        Member m = desk.members().save(aMember().number("N-5").named("Gwen Price").hours(37.0).build());
        form.edit(m);
        assertEquals("37", form.hoursProperty().get());
        assertFalse(form.isDirty());
        form.nameProperty().set("Gwen Price-Jones");
        assertTrue(form.canRevertProperty().get());
        form.revert();
        assertEquals("Gwen Price", form.nameProperty().get());
        assertFalse(form.isDirty());
    }

    @Test
    void aMembershipNumberAlreadyUsedIsRefusedBesideSaveAndTheTypingStays() {
        desk.members().save(aMember().number("N-1").named("Gwen Price").build());
        form.numberProperty().set("N-1");
        form.nameProperty().set("Rhys Evans");
        assertTrue(form.save());
        assertEquals("Membership number N-1 is already used by Gwen Price.", form.saveProblemProperty().get());
        assertEquals("Rhys Evans", form.nameProperty().get());
        assertTrue(form.isDirty());
        assertTrue(form.canSaveProperty().get(), "the rep may change the number and save again");
        assertNull(form.editing());
        assertTrue(saved.isEmpty());
    }

    @Test
    void aMemberSavedElsewhereMeanwhileIsNotOverwritten() {
        Member m = desk.members().save(aMember().number("N-5").named("Gwen Price").build());
        form.edit(m);
        desk.members().save(m, Member.create("N-5", "Gwen Price-Evans", m.union(), m.grade(), null, null, null, null,
                null, null).withId(m.id())); // another rep's save, after this form was filled
        form.teamProperty().set("Swansea PDU");
        assertTrue(form.save());
        assertTrue(form.saveProblemProperty().get().contains("was changed"), form.saveProblemProperty().get());
        assertEquals("Swansea PDU", form.teamProperty().get());
        assertEquals("Gwen Price-Evans", desk.members().byId(m.id()).orElseThrow().name());
    }

    @Test
    void aValueLikeASpreadsheetFormulaIsFlaggedNotRefused() {
        form.numberProperty().set("N-9");
        form.nameProperty().set("=1+1");
        assertTrue(form.formulaWarningProperty().get().startsWith("Name starts like a spreadsheet formula"));
        assertTrue(form.canSaveProperty().get());
    }
}
