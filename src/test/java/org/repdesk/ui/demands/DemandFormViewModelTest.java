package org.repdesk.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.Priority;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** The demand form with no window: new and edited, each problem beside its field, and the save. */
class DemandFormViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private final List<Demand> saved = new ArrayList<>();
    private int writes;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private DemandFormViewModel newForm() {
        return DemandFormViewModel.forNew(atOnce, TestDesk.TODAY, d -> {
            writes++;
            return desk.demands().raise(d);
        });
    }

    private DemandFormViewModel editing(Demand d) {
        return DemandFormViewModel.forEditing(atOnce, d, e -> {
            writes++;
            return desk.demands().update(e);
        });
    }

    private static String said(String language, String english, String welsh) {
        return "cy".equals(language) ? welsh : english;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void aNewFormSaysNothingUntilSaveThenEveryProblemBesideItsField(String language) {
        Messages.setLanguage(Messages.forCode(language));
        DemandFormViewModel form = newForm();
        assertEquals("", form.titleProblem().shownProperty().get(), "no \"Required.\" before anything was typed");
        assertEquals(TestDesk.TODAY, form.raisedOnProperty().get());
        form.raisedByProperty().set("Branch executive\nand the regional committee");
        form.raisedOnProperty().set(LocalDate.of(26, 11, 20));
        assertFalse(form.save(saved::add));
        assertEquals(said(language, "Required.", "Rhaid llenwi hwn."), form.titleProblem().shownProperty().get());
        assertEquals(said(language, "Must be on one line.", "Rhaid iddo fod ar un llinell."),
                form.raisedByProblem().shownProperty().get());
        assertEquals(said(language, "The year 26 is not likely: write the year in full, like 2026.",
                "Nid yw'r flwyddyn 26 yn debygol: ysgrifennwch y flwyddyn yn llawn, fel 2026."),
                form.raisedOnProblem().shownProperty().get());
        assertEquals("", form.textProblem().shownProperty().get());
        assertTrue(form.cannotSaveProperty().get());
        assertEquals(0, writes);
        assertTrue(desk.demands().all().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void aTitleTouchedAndEmptiedIsSaidAtOnce(String language) {
        Messages.setLanguage(Messages.forCode(language));
        DemandFormViewModel form = newForm();
        form.titleProperty().set("A");
        assertEquals("", form.titleProblem().shownProperty().get());
        form.titleProperty().set(" ");
        assertEquals(said(language, "Required.", "Rhaid llenwi hwn."), form.titleProblem().shownProperty().get());
        assertEquals("", form.raisedByProblem().shownProperty().get(), "an untouched field says nothing");
    }

    @Test
    void aNewDemandWithATenThousandCharacterTextAndAnEvidenceRuleIsRaisedOnce() {
        DemandFormViewModel form = newForm();
        form.titleProperty().set("Suspend capability proceedings where workload is a factor");
        String text = "Where a member's WMT shows over 110% the capability process is paused. ".repeat(150)
                .substring(0, 10_000);
        form.textProperty().set(text);
        form.kindProperty().set(DemandKind.URGENT_DEMAND);
        form.priorityProperty().set(Priority.HIGH);
        form.onlyWorkloadFactorProperty().set(true);
        assertTrue(form.noRuleProperty().get(), "no rule yet: \"only where workload is a factor\" is not offered");
        form.evidenceTypeProperty().set(CaseType.CAPABILITY);
        assertFalse(form.noRuleProperty().get());
        atOnce.holdNext();
        assertTrue(form.save(saved::add));
        assertFalse(form.save(saved::add), "pressed again while it saves: nothing");
        atOnce.release();
        assertEquals(1, writes);
        Demand d = desk.demands().all().get(0);
        assertEquals(text.strip(), d.text());
        assertEquals(CaseType.CAPABILITY, d.evidenceCaseType());
        assertTrue(d.evidenceNeedsWorkloadFactor());
        assertEquals(List.of(d), saved);
    }

    @Test
    void anEditKeepsTheDemandsIdAndStatusAndNothingChangedWritesNothing() {
        Demand raised = desk.demands().raise(Demand.raise("A maximum caseload", null, DemandKind.LOCAL_DEMAND, null,
                TestDesk.TODAY.minusMonths(1), Priority.MEDIUM));
        DemandFormViewModel unchanged = editing(raised);
        assertFalse(unchanged.dirtyProperty().get());
        assertTrue(unchanged.save(saved::add));
        assertEquals(0, writes, "nothing changed: nothing written");
        assertEquals(List.of(raised), saved, "the dialog closes with the demand as opened");

        DemandFormViewModel form = editing(raised);
        form.titleProperty().set("A maximum caseload of 60 points");
        form.evidenceTypeProperty().set(null);
        assertTrue(form.dirtyProperty().get());
        assertTrue(form.save(saved::add));
        Demand after = desk.demands().byId(raised.id()).orElseThrow();
        assertEquals("A maximum caseload of 60 points", after.title());
        assertEquals(raised.status(), after.status());
        assertNull(after.evidenceCaseType());
        assertEquals(1, writes);
    }

    @Test
    void aDemandDeletedWhileItWasEditedIsSaidInTheForm() {
        Demand raised = desk.demands().raise(Demand.raise("A maximum caseload", null, DemandKind.LOCAL_DEMAND, null,
                TestDesk.TODAY.minusMonths(1), Priority.MEDIUM));
        DemandFormViewModel form = editing(raised);
        form.titleProperty().set("A maximum caseload of 60 points");
        desk.demands().delete(raised.id());
        assertTrue(form.save(saved::add));
        assertEquals("That demand no longer exists.", form.formProblemProperty().get());
        assertEquals("A maximum caseload of 60 points", form.titleProperty().get(), "the typing kept");
        assertTrue(saved.isEmpty());
    }
}
