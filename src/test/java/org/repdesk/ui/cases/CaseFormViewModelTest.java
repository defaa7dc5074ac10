package org.repdesk.ui.cases;

import org.repdesk.testing.AtOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.NoteDrafts;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** The case form's state, checks and save over a real data file, with no window. */
class CaseFormViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile opened;
    private final AtOnce runner = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private CaseFormViewModel form;
    private final List<CaseFile> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        opened = desk.cases().open(aCase(desk.members().save(aMember().build())).build());
        form = new CaseFormViewModel(runner, desk.cases(), desk.members(), desk.settings(), desk.documents(),
                desk.noteDrafts(), dialogs);
        form.setOnSaved(saved::add);
        form.show(opened, desk.settings().stages().stagesFor(opened.type()));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aCaseJustShownHasNothingToSaveOrRevertAndSaysNothingIsWrong() {
        assertFalse(form.isDirty());
        assertTrue(form.validProperty().get());
        assertFalse(form.canSaveProperty().get(), "nothing changed: nothing to save");
        assertFalse(form.canRevertProperty().get());
        assertEquals("", form.outcomeProblem().shownProperty().get());
    }

    @Test
    void aChangeMakesTheFormDirtyAndRevertPutsTheCaseBack() {
        form.managerProperty().set("Dai Morgan");
        assertTrue(form.isDirty());
        assertTrue(form.canSaveProperty().get());
        assertTrue(form.canRevertProperty().get());
        form.managerProperty().set(""); // typed back as it was: no change
        assertFalse(form.isDirty());
        form.managerProperty().set("Dai Morgan");
        form.revert();
        assertEquals("", form.managerProperty().get());
        assertFalse(form.isDirty());
    }

    @Test
    void closingACaseDatesItTodayAndAsksForTheOutcomeBesideItsField() {
        form.statusProperty().set(CaseStatus.CLOSED);
        assertEquals(TestDesk.TODAY, form.closedOnProperty().get(), "closed today unless the rep says otherwise");
        assertEquals("Record the outcome when closing a case.", form.outcomeProblem().shownProperty().get());
        assertFalse(form.canSaveProperty().get());
        form.outcomeProperty().set("Resolved informally");
        assertEquals("", form.outcomeProblem().shownProperty().get());
        assertTrue(form.canSaveProperty().get());
    }

    @Test
    void everyProblemIsSaidAtOnceEachBesideItsField() {
        form.stageProperty().set(null);
        form.statusProperty().set(CaseStatus.CLOSED);
        form.closedOnProperty().set(LocalDate.of(2020, 1, 1)); // before the case opened
        assertEquals("Required.", form.stageProblem().shownProperty().get());
        assertEquals("The case cannot close before it opened.", form.closedOnProblem().shownProperty().get());
        assertEquals("Record the outcome when closing a case.", form.outcomeProblem().shownProperty().get());
        assertFalse(form.save(), "not saved while anything is wrong");
        assertTrue(saved.isEmpty());
    }

    @Test
    void aProblemInAFieldNotTouchedShowsOnlyOnSave() {
        form.closedOnTypedProperty().set(""); // the date field's own check, not typed by the rep
        form.statusProperty().set(CaseStatus.ON_HOLD);
        form.accountProperty().set("x".repeat(200_001));
        assertTrue(form.accountProblem().shownProperty().get().startsWith("Too long"));
        assertEquals("", form.stageProblem().shownProperty().get());
    }

    @Test
    void aSaveWritesTheCaseAndLeavesNothingUnsaved() {
        form.factorProperty().set(WorkloadFactor.DISPUTED);
        form.managerProperty().set("  Dai Morgan ");
        assertTrue(form.save());
        CaseFile stored = desk.cases().byId(opened.id()).orElseThrow();
        assertEquals(WorkloadFactor.DISPUTED, stored.workloadFactor());
        assertEquals("Dai Morgan", stored.manager());
        assertEquals(List.of(stored), saved);
        assertFalse(form.isDirty(), "saved: nothing left to save");
        assertFalse(form.canSaveProperty().get());
    }

    @Test
    void theLongFieldsTypingIsKeptUntilTheCaseIsSavedThenNothingIsOfferedBack() {
        form.accountProperty().set("Caseload at 130% since March");
        form.keepDrafts(); // the pause in typing
        assertEquals(1, desk.noteDrafts().fieldsLeft().size(), "kept as typed, in case of a crash");
        assertTrue(form.save()); // Save or Ctrl+S, not the unsaved-changes question
        assertEquals(List.of(), desk.noteDrafts().fieldsLeft(), "saved: no outdated draft at the next opening");
    }

    /**
     * Save on quitting: the outdated crash copy is forgotten by work the window's closing does not drop
     * (as {@link org.repdesk.ui.Background#shutdown} drops the worker's plain work not yet begun).
     */
    @Test
    void saveOnQuittingForgetsTheCrashCopyEvenAsTheWindowClosesAtOnce() {
        List<Runnable> queued = new ArrayList<>();
        List<Runnable> keptOnClosing = new ArrayList<>();
        org.repdesk.ui.papers.Runner worker = new org.repdesk.ui.papers.Runner() {
            @Override
            public <T> void run(String failure, org.repdesk.ui.Background.Job<T> job, java.util.function.Consumer<T> done) {
                queued.add(() -> runner.run(failure, job, done));
            }

            @Override
            public <T> void runBeforeClosing(String failure, org.repdesk.ui.Background.Job<T> job,
                    java.util.function.Consumer<T> done) {
                Runnable r = () -> runner.run(failure, job, done);
                queued.add(r);
                keptOnClosing.add(r);
            }
        };
        CaseFormViewModel quitting = new CaseFormViewModel(worker, desk.cases(), desk.members(), desk.settings(),
                desk.documents(), desk.noteDrafts(), dialogs);
        quitting.show(opened, desk.settings().stages().stagesFor(opened.type()));
        quitting.outcomeProperty().set("Resolved informally");
        quitting.keepDrafts(); // the pause in typing
        queued.remove(0).run();
        assertEquals(1, desk.noteDrafts().fieldsLeft().size(), "kept as typed, in case of a crash");

        AtomicBoolean closed = new AtomicBoolean();
        assertTrue(quitting.saveThen(() -> closed.set(true))); // Save, in the unsaved-changes question on quitting
        queued.remove(0).run(); // the save itself
        assertTrue(closed.get(), "saved: the window closes");
        queued.stream().filter(keptOnClosing::contains).toList().forEach(Runnable::run); // the worker stopped
        assertEquals(List.of(), desk.noteDrafts().fieldsLeft(), "saved: no outdated draft at the next start");
    }

    @Test
    void savingForgetsADraftACrashLeftForTheCase() {
        desk.noteDrafts().keep(opened.id(), NoteDrafts.CaseField.OUTCOME, "Resolved at the first meeting", null);
        form.managerProperty().set("Dai Morgan");
        assertTrue(form.save());
        assertEquals(List.of(), desk.noteDrafts().fieldsLeft());
    }

    @Test
    void typingKeptWhileTheCaseSavesIsForgottenOnceSavedUnlessItDiffersFromTheSavedCase() {
        form.accountProperty().set("Caseload at 130% since March");
        runner.holdNext();
        assertTrue(form.save());
        form.keepDrafts(); // a pause in typing while it saves: kept against the case as it was
        runner.release();
        assertEquals(List.of(), desk.noteDrafts().fieldsLeft(), "what was kept is what was saved");

        form.accountProperty().set("Caseload at 130% since March; no cover for two posts");
        runner.holdNext();
        assertTrue(form.save());
        form.outcomeProperty().set("Agreed to reduce to 110%"); // typed while it saved
        runner.release();
        List<NoteDrafts.FieldLeft> left = desk.noteDrafts().fieldsLeft();
        assertEquals(1, left.size(), "typed after the save: still to be offered back after a crash");
        assertEquals("Agreed to reduce to 110%", left.get(0).text());
    }

    @Test
    void discardingTheChangesForgetsTheKeptTyping() {
        form.accountProperty().set("Caseload at 130% since March");
        form.keepDrafts();
        form.discardDrafts();
        assertEquals(List.of(), desk.noteDrafts().fieldsLeft());
    }

    @Test
    void whileSavingSaveIsNotOfferedAgainAndTypingMeanwhileStaysAChange() {
        form.managerProperty().set("Dai Morgan");
        runner.holdNext();
        assertTrue(form.save());
        assertTrue(form.savingProperty().get());
        assertFalse(form.canSaveProperty().get(), "one save at a time");
        form.managerProperty().set("Dai Morgan-Jones");
        runner.release();
        assertEquals("Dai Morgan", desk.cases().byId(opened.id()).orElseThrow().manager());
        assertTrue(form.isDirty(), "what was typed while it saved is still to save");
        assertEquals("Dai Morgan-Jones", form.managerProperty().get());
    }

    @Test
    void aCaseSavedElsewhereMeanwhileIsNotOverwrittenAndTheTypingStays() {
        desk.cases().update(opened, opened.withDetails("Someone else", opened.workloadFactor(), null));
        form.managerProperty().set("Dai Morgan");
        form.outcomeProperty().set("");
        assertTrue(form.save());
        assertTrue(form.saveProblemProperty().get().contains("was changed"), form.saveProblemProperty().get());
        assertEquals("Dai Morgan", form.managerProperty().get(), "the rep's typing is kept to apply again");
        assertTrue(form.isDirty());
        assertFalse(form.savingProperty().get());
        assertEquals("Someone else", desk.cases().byId(opened.id()).orElseThrow().manager());
        assertTrue(saved.isEmpty());
        assertTrue(runner.failures.isEmpty(), "said beside Save, not as a failure window");
    }

    @Test
    void showingAnotherCaseForgetsWhatWasTouched() {
        form.stageProperty().set(null);
        assertEquals("Required.", form.stageProblem().shownProperty().get());
        form.show(opened, desk.settings().stages().stagesFor(opened.type()));
        assertEquals("", form.stageProblem().shownProperty().get());
        assertFalse(form.isDirty());
    }

    @Test
    void aStageNoLongerInTheListStaysOfferedOnAnOldCase() {
        CaseFile old = desk.cases().update(opened, opened.withStage("Stage since renamed"));
        form.show(old, desk.settings().stages().stagesFor(old.type()));
        assertTrue(form.stages().contains("Stage since renamed"));
        assertEquals("Stage since renamed", form.stageProperty().get());
        assertFalse(form.isDirty());
    }

    @Test
    void inWelshTheProblemsAreInWelsh() {
        Messages.setLanguage(Messages.WELSH);
        try {
            form.statusProperty().set(CaseStatus.CLOSED);
            assertEquals("Cofnodwch y canlyniad wrth gau achos.", form.outcomeProblem().shownProperty().get());
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
    }

    @Test
    void readingACaseGivesItsMemberAndItsTypesStagesAndShowsIt() {
        form.clear();
        List<CaseFormViewModel.Loaded> read = new ArrayList<>();
        form.read(opened.id(), read::add);
        assertEquals(1, read.size());
        assertEquals(opened.id(), read.get(0).caseFile().id());
        assertEquals(opened.memberId(), read.get(0).member().id());
        assertEquals(desk.settings().stages().stagesFor(opened.type()), read.get(0).stages());
        form.show(read.get(0));
        assertEquals(opened.id(), form.openedProperty().get().id());
        assertEquals(opened.stage(), form.stageProperty().get());
        assertFalse(form.isDirty());
    }

    @Test
    void theSearchTextIsFoundOnTheCaseShownAndForgottenWithNoTextOrNoCase() {
        desk.cases().addEntry(TimelineEntry.of(opened.id(), TestDesk.TODAY, EntryKind.NOTE, "Call with Siân",
                "She asked about a phased return."));
        form.setSearchText(" phased ");
        assertEquals(1, form.foundProperty().get().size(), "the note holds the words");
        assertEquals("Call with Siân", form.foundProperty().get().get(0).summary());
        form.setSearchText("p");
        assertEquals(List.of(), form.foundProperty().get(), "one letter is not looked for");
        form.setSearchText("phased");
        form.clear();
        assertEquals(List.of(), form.foundProperty().get(), "no case shown: nothing found on it");
        form.read(opened.id(), form::show);
        assertEquals(1, form.foundProperty().get().size(), "shown again: looked for again");
        assertEquals(List.of(), runner.failures);
    }

    @Test
    void deletingACaseAsksFirstAndCancelKeepsIt() {
        List<java.util.UUID> deleted = new ArrayList<>();
        dialogs.answering(false);
        form.delete(deleted::add);
        assertEquals("Delete case " + opened.reference() + "?", dialogs.last().header());
        assertEquals(List.of(), deleted);
        assertTrue(desk.cases().byId(opened.id()).isPresent(), "cancelled: the case stays");
        assertEquals(opened.id(), form.openedProperty().get().id());

        dialogs.answering(true);
        form.delete(deleted::add);
        assertEquals(List.of(opened.id()), deleted);
        assertTrue(desk.cases().byId(opened.id()).isEmpty());
        assertEquals(null, form.openedProperty().get(), "the form no longer shows the deleted case");
        assertEquals(List.of(), runner.failures);
    }
}
