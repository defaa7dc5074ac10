package org.repdesk.ui.cases;

import org.repdesk.testing.AtOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** "Open a new case" without a window: finding the member, the stages, the checks, opening. */
class NewCaseViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce runner = new AtOnce();
    private Member sian;
    private Member lukasz;
    private final List<CaseFile> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        sian = desk.members().save(aMember().number("N-100").named("Siân Llewellyn").build());
        lukasz = desk.members().save(aMember().number("N-200").named("Łukasz Nowak").build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private NewCaseViewModel form(Member forMember) {
        return new NewCaseViewModel(runner, FXCollections.observableArrayList(desk.members().all()), forMember,
                () -> desk.cases().today(), desk.settings().stages()::stagesFor, desk.cases()::open);
    }

    @Test
    void thePickerFindsMembersAsSearchDoesWithAccentsFolded() {
        NewCaseViewModel form = form(null);
        form.memberSearchProperty().set("Sian");
        assertEquals(List.of(sian), form.matches(), "\"Sian\" finds \"Siân\"");
        form.memberSearchProperty().set("lukasz");
        assertEquals(List.of(lukasz), form.matches(), "the stroke folded as the data file's search folds it");
        form.memberSearchProperty().set("N-2");
        assertEquals(List.of(lukasz), form.matches(), "by membership number too");
        form.memberSearchProperty().set("");
        assertEquals(2, form.matches().size());
    }

    @Test
    void nothingIsSaidBeforeOpenThenEveryProblemBesideItsField() {
        NewCaseViewModel form = form(null);
        assertEquals("", form.memberProblem().shownProperty().get());
        form.openedOnProperty().set(LocalDate.of(2027, 1, 1));
        assertEquals("A case cannot be opened in the future.", form.openedOnProblem().shownProperty().get());
        assertFalse(form.open(opened::add));
        assertTrue(form.memberProblem().shownProperty().get().startsWith("Choose the member"));
        assertEquals("A case cannot be opened in the future.", form.openedOnProblem().shownProperty().get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void aTypeOffersItsOwnStagesStartingAtTheFirst() {
        NewCaseViewModel form = form(sian);
        form.typeProperty().set(CaseType.SICKNESS_ABSENCE);
        List<String> stages = desk.settings().stages().stagesFor(CaseType.SICKNESS_ABSENCE);
        assertEquals(stages, form.stages());
        assertEquals(stages.get(0), form.stageProperty().get());
    }

    @Test
    void aCaseIsOpenedForTheMemberChosenAndGetsItsReference() {
        NewCaseViewModel form = form(null);
        form.memberSearchProperty().set("Sian");
        form.memberProperty().set(form.matches().get(0));
        form.accountProperty().set("Holding 68 cases");
        assertTrue(form.open(opened::add));
        assertEquals(1, opened.size());
        CaseFile c = opened.get(0);
        assertEquals(sian.id(), c.memberId());
        assertEquals("2026-0001", c.reference());
        assertEquals(TestDesk.TODAY, c.openedOn(), "opened today unless said otherwise");
        assertEquals(List.of(c), desk.cases().ofMember(sian.id()));
    }

    @Test
    void aMemberDeletedMeanwhileIsSaidInTheDialogAndNothingIsOpened() {
        NewCaseViewModel form = form(lukasz);
        desk.members().delete(lukasz.id());
        assertTrue(form.open(opened::add));
        assertEquals("The member for this case no longer exists.", form.openProblemProperty().get());
        assertTrue(opened.isEmpty());
        assertEquals(lukasz, form.memberProperty().get(), "the form stays as filled");
    }

    @Test
    void theFormIsReadyOnceTheFilesStagesAreReadAndKnowsEveryTypesStages() {
        List<NewCaseViewModel> ready = new ArrayList<>();
        NewCaseViewModel.read(desk, runner, FXCollections.observableArrayList(desk.members().all()), sian, ready::add);
        assertEquals(List.of(), runner.failures);
        NewCaseViewModel form = ready.get(0);
        assertEquals(sian, form.memberProperty().get());
        for (CaseType t : CaseType.values()) {
            assertTrue(form.everyStage().containsAll(desk.settings().stages().stagesFor(t)), t.name());
        }
        form.accountProperty().set("Holding 68 cases; " + "the caseload weighs on her. ".repeat(400).substring(0, 9_982));
        assertEquals(10_000, form.accountProperty().get().length());
        assertTrue(form.open(opened::add), "a 10,000-character account is a long account, not a wrong one");
        assertEquals(10_000, opened.get(0).workloadAccount().length());
    }

    @Test
    void aWrongDateIsSaidBesideTheFieldInEnglishAndWelshAndNothingIsOpened() {
        NewCaseViewModel form = form(sian);
        form.openedOnProperty().set(LocalDate.of(26, 11, 20)); // "20/11/0026" typed for 2026
        assertFalse(form.open(opened::add));
        assertEquals("The year 26 is not likely: write the year in full, like 2026.",
                form.openedOnProblem().shownProperty().get());
        Messages.setLanguage(Messages.WELSH);
        try {
            form.openedOnProperty().set(LocalDate.of(2027, 1, 4));
            assertEquals("Ni ellir agor achos yn y dyfodol.", form.openedOnProblem().shownProperty().get());
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
        assertTrue(opened.isEmpty());
    }
}
