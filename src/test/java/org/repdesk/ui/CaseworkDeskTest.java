package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.Union;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.MemberFormHandle;
import org.repdesk.ui.handles.MembersPageHandle;
import org.repdesk.ui.handles.ScheduleDialogHandle;
import org.repdesk.ui.handles.NewCaseDialogHandle;
import org.repdesk.ui.handles.TimelineEntryDialogHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window: a rep records a member, opens a case, adds a note and a deadline. */
@ExtendWith(ApplicationExtension.class)
class CaseworkDeskTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("ui-" + System.nanoTime()));
        // The small laptop's window, whatever size an earlier test class left the shared stage at: at
        // 1024x700 the member form puts its labels over its fields and scrolls to its Save button.
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, true).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void firstRunSaysWhereTheDataFileIs(FxRobot robot) {
        String welcome = new FrameHandle(robot).welcomeText();
        assertTrue(welcome.contains(desk.database().file().toString()), welcome);
    }

    @Test
    void aNewMemberIsCheckedAsTypedAndSavedToTheStore(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        MemberFormHandle form = new MemberFormHandle(robot);
        assertEquals("", form.numberProblem(), "a new member's form says nothing before anything is typed");
        assertEquals("", form.nameProblem());
        assertTrue(form.save().isDisabled());
        robot.push(KeyCode.CONTROL, KeyCode.S); // saving says everything that is missing, each beside its field
        waitUntil(() -> form.numberProblem().equals("Required.") && form.nameProblem().equals("Required."));
        form.typeNumber("N-4471");
        assertEquals("", form.numberProblem());
        assertTrue(form.save().isDisabled(), "a member without a name cannot be saved");
        assertEquals("Required.", form.nameProblem());
        form.typeName("Siân Llewellyn");
        form.typeHours("thirty");
        assertEquals("Must be a number, like 37 or 22.5.", form.hoursProblem());
        form.typeEmail("sian@");
        assertEquals("Must be a number, like 37 or 22.5.", form.hoursProblem(), "both said at once");
        assertTrue(form.emailProblem().startsWith("Does not look like an email address"));
        form.typeEmail("");
        form.typeHours("22.5");
        assertEquals("", form.hoursProblem());
        assertFalse(form.save().isDisabled());
        form.clickSave();
        waitUntil(() -> desk.members().byMembershipNumber("N-4471").isPresent());
        Member saved = desk.members().byMembershipNumber("N-4471").orElseThrow();
        assertEquals("Siân Llewellyn", saved.name());
        assertEquals(22.5, saved.contractedHours());
        assertEquals(Union.NAPO, saved.union());
        TableView<?> table = new MembersPageHandle(robot).table();
        waitUntil(() -> table.getItems().size() == 1);

        // Saved: Save and Revert wait for a change; a change, then Revert, puts the saved values back.
        waitUntil(() -> form.save().isDisabled() && form.revert().isDisabled());
        assertTrue(form.nameHasFocus(), "the clicked Save, now disabled, left the focus on the form");
        form.typeName("Siân Llewellyn-Jones");
        assertFalse(form.save().isDisabled());
        assertFalse(form.revert().isDisabled());
        form.clickRevert();
        assertEquals("Siân Llewellyn", form.name());
        assertTrue(form.save().isDisabled(), "the saved values again: nothing to save");
    }

    @Test
    void aMembershipNumberAlreadyUsedIsSaidBesideSaveAndTheTypingStays(FxRobot robot) throws Exception {
        desk.members().save(aMember().number("N-1").named("Gwen Price").build());
        robot.push(KeyCode.CONTROL, KeyCode.N);
        MemberFormHandle form = new MemberFormHandle(robot);
        form.typeNumber("N-1");
        form.typeName("Rhys Evans");
        form.clickSave();
        waitUntil(() -> form.saveProblem().contains("already used by Gwen Price"));
        assertEquals("Rhys Evans", form.name());
        assertFalse(form.save().isDisabled(), "the rep can change the number and save again");
    }

    @Test
    void aRepOpensACaseAddsANoteAndAWorkingDayDeadlineAndSeesThemInTheListAndStore(FxRobot robot)
            throws Exception {
        Member member = desk.members().save(Member.create("N-9001", "Zoë Ashworth", Union.UNISON,
                org.repdesk.model.Grade.PSO, "Cardiff PDU", "Cardiff", org.repdesk.model.Region.WALES, null, null,
                37.0));
        robot.interact(() -> { });
        new FrameHandle(robot).open(FrameHandle.Screen.MEMBERS);
        MembersPageHandle membersPage = new MembersPageHandle(robot);
        robot.interact(() -> membersPage.table().getItems());
        // reload so the member saved behind the window's back is listed
        robot.push(KeyCode.F5);
        TableView<?> members = membersPage.table();
        waitUntil(() -> members.getItems().size() == 1);
        robot.clickOn("Zoë Ashworth");
        membersPage.openCase().open();
        waitUntil(() -> desk.cases().ofMember(member.id()).size() == 1);
        CaseFile opened = desk.cases().ofMember(member.id()).get(0);
        assertEquals("2026-0001", opened.reference());

        ListView<?> cases = new CasesPageHandle(robot).list();
        waitUntil(() -> cases.getItems().size() == 1);
        waitUntil(() -> new CaseFormHandle(robot).title().startsWith("2026-0001"));

        TimelineEntryDialogHandle entry = new CaseFormHandle(robot).addTimelineEntry();
        String longNote = "Member reports 50-hour weeks. ".repeat(400); // 12,000 characters
        entry.putNote(longNote);
        // Nothing said on a form just opened; Save pressed without a summary says so under the field, and waits.
        assertEquals("", entry.summaryProblem());
        entry.save();
        waitUntil(() -> entry.summaryProblem().equals("Required."));
        assertFalse(entry.saveOffered());
        assertTrue(entry.isShowing(), "the dialog stays open, the note kept");
        entry.typeSummary("Formal attendance meeting booked");
        waitUntil(entry::saveOffered);
        assertEquals("", entry.summaryProblem());
        entry.save();
        waitUntil(() -> desk.cases().timeline(opened.id()).size() == 2);
        TimelineEntry note = desk.cases().timeline(opened.id()).stream()
                .filter(e -> e.kind() == EntryKind.NOTE).findFirst().orElseThrow();
        assertEquals(longNote.strip(), note.text());
        ListView<?> timeline = new CaseFormHandle(robot).timeline();
        waitUntil(() -> timeline.getItems().size() == 2);

        ScheduleDialogHandle deadline = new CaseFormHandle(robot).addDeadline();
        deadline.typeWhat("Appeal letter").reckonInWorkingDays().typeFrom("19/12/2025").typeDays("5").clickWhat();
        waitUntil(() -> deadline.result().contains("30/12/2025"));
        deadline.save();
        waitUntil(() -> desk.cases().deadlines(opened.id()).size() == 1);
        Deadline d = desk.cases().deadlines(opened.id()).get(0);
        assertEquals(LocalDate.of(2025, 12, 30), d.dueOn(), "skips Christmas Day and Boxing Day");

        // the cases list shows the new deadline, flagged overdue (today is 23/11/2026)
        waitUntil(() -> LocalDate.of(2025, 12, 30).equals(((CaseListRow) cases.getItems().get(0)).nextDeadline()));
        new CasesPageHandle(robot).overdueOnly();
        waitUntil(() -> cases.getItems().size() == 1);
    }

    @Test
    void changingAStageWritesATimelineEntryAndSearchFindsTheCaseByNoteWords(FxRobot robot) throws Exception {
        Member member = desk.members().save(Member.create("N-77", "Łukasz Nowak", Union.GMB_SCOOP,
                org.repdesk.model.Grade.PO, "Team B", null, org.repdesk.model.Region.LONDON, null, null, null));
        CaseFile c = desk.cases().open(CaseFile.open(member.id(), org.repdesk.model.CaseType.CAPABILITY,
                "Informal stage (support and improvement plan)", LocalDate.of(2026, 10, 1),
                org.repdesk.model.WorkloadFactor.YES));
        desk.cases().addEntry(TimelineEntry.of(c.id(), LocalDate.of(2026, 10, 2), EntryKind.NOTE,
                "Caseload discussed", "Holding 68 cases; WMT shows 142 percent"));
        robot.push(KeyCode.F5);
        new FrameHandle(robot).open(FrameHandle.Screen.CASES); // a first run opens on the dashboard
        ListView<?> cases = new CasesPageHandle(robot).list();
        waitUntil(() -> cases.getItems().size() == 1);
        robot.clickOn("Łukasz Nowak");
        waitUntil(() -> new CaseFormHandle(robot).title().contains("Łukasz"));
        // The stage by keys, as on a combo box: a letter jumps to the next stage starting with it,
        // Up and Down step through the list.
        @SuppressWarnings("unchecked")
        ChoiceMenu<String> stage = (ChoiceMenu<String>) new CaseFormHandle(robot).stageMenu();
        robot.interact(stage::requestFocus);
        robot.write("f");
        waitUntil(() -> "Formal stage 1 (first written warning)".equals(stage.getValue()));
        robot.write("F");
        waitUntil(() -> "Formal stage 2 (final written warning)".equals(stage.getValue()));
        robot.push(KeyCode.UP);
        waitUntil(() -> "Formal stage 1 (first written warning)".equals(stage.getValue()));
        assertEquals("Formal stage 1 (first written warning)", stage.getText(), "the button shows the stage picked");
        assertFalse(stage.isShowing(), "picking by keys leaves the menu closed");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> desk.cases().byId(c.id()).orElseThrow().stage().startsWith("Formal stage 1"));
        List<TimelineEntry> entries = desk.cases().timeline(c.id());
        assertTrue(entries.stream().anyMatch(e -> e.kind() == EntryKind.STAGE_CHANGE
                && e.summary().contains("to formal stage 1")), entries.toString());

        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("nomatchword");
        waitUntil(() -> cases.getItems().isEmpty());
        new CasesPageHandle(robot).search("WMT 142");
        waitUntil(() -> cases.getItems().size() == 1);
    }

    @Test
    void theStageFilterOffersStagesChangedInSettingsTheNextTimeCasesIsShownAndKeepsTheChosenOne(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot).open(FrameHandle.Screen.CASES);
        @SuppressWarnings("unchecked")
        ChoiceMenu<Object> stage = (ChoiceMenu<Object>) new CasesPageHandle(robot).filterMenu("filter-stage");
        waitUntil(() -> stage.choices().size() > 1);
        Object chosen = stage.choices().get(1);
        robot.interact(() -> stage.setValue(chosen));
        frame.open(FrameHandle.Screen.DASHBOARD);
        frame.open(FrameHandle.Screen.CASES);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chosen, stage.getValue(), "the same stages read again leave the rep's stage picked");

        frame.open(FrameHandle.Screen.DASHBOARD);
        for (var type : org.repdesk.model.CaseType.values()) { // as Settings saves them, off the FX thread
            desk.settings().saveStages(type, List.of("Renamed stage"));
        }
        frame.open(FrameHandle.Screen.CASES);
        waitUntil(() -> stage.choices().equals(List.of("Renamed stage")));
    }

    @Test
    void filtersKeepTheSelectedCaseWhileItIsListedAndASavedCaseStaysSelected(FxRobot robot) throws Exception {
        Member member = desk.members().save(aMember().number("N-31").named("Ruth Okafor").build());
        CaseFile capability = desk.cases().open(aCase(member).openedOn(LocalDate.of(2026, 9, 1)).build());
        desk.cases().open(aCase(member).type(org.repdesk.model.CaseType.SICKNESS_ABSENCE, "Informal")
                .openedOn(LocalDate.of(2026, 9, 2)).workload(org.repdesk.model.WorkloadFactor.NO).build());
        robot.push(KeyCode.F5);
        new FrameHandle(robot).open(FrameHandle.Screen.CASES); // a first run opens on the dashboard
        ListView<?> cases = new CasesPageHandle(robot).list();
        waitUntil(() -> cases.getItems().size() == 2);
        robot.clickOn(capability.reference());
        waitUntil(() -> new CaseFormHandle(robot).title().startsWith(capability.reference()));
        @SuppressWarnings("unchecked")
        ChoiceMenu<Object> type = (ChoiceMenu<Object>) new CasesPageHandle(robot).filterMenu("filter-type");
        robot.interact(() -> type.setValue(org.repdesk.model.CaseType.CAPABILITY));
        waitUntil(() -> cases.getItems().size() == 1);
        assertEquals(capability.id(), ((CaseListRow) cases.getSelectionModel().getSelectedItem()).caseId(),
                "the selected case is still listed, so it stays selected");
        assertEquals("1 of 2 cases", new CasesPageHandle(robot).count());

        // A save replaces the row in the list it is in; the filters are not re-run and the case stays selected.
        @SuppressWarnings("unchecked")
        ChoiceMenu<Object> stage = (ChoiceMenu<Object>) new CaseFormHandle(robot).stageMenu();
        robot.interact(() -> stage.setValue("Formal stage 1 (first written warning)"));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> ((CaseListRow) cases.getItems().get(0)).stage().startsWith("Formal stage 1"));
        assertEquals(capability.id(), ((CaseListRow) cases.getSelectionModel().getSelectedItem()).caseId());

        new CasesPageHandle(robot).search("okafor");
        waitUntil(() -> cases.getItems().size() == 1);
        robot.interact(type::pickFirst); // all types again, search still on
        waitUntil(() -> cases.getItems().size() == 2);
        new CasesPageHandle(robot).search("nomatchword");
        waitUntil(() -> cases.getItems().isEmpty());
        assertEquals("0 of 2 cases", new CasesPageHandle(robot).count());
    }

    @Test
    void theCasesListShowsEachCaseOnTwoLinesAndOrdersThemAsChosen(FxRobot robot) throws Exception {
        Member member = desk.members().save(aMember().number("N-41").named("Ruth Okafor").build());
        CaseFile older = desk.cases().open(aCase(member).openedOn(LocalDate.of(2026, 9, 1)).build());
        CaseFile newer = desk.cases().open(aCase(member).openedOn(LocalDate.of(2026, 9, 2)).build());
        CaseFile oldest = desk.cases().open(aCase(member).openedOn(LocalDate.of(2026, 8, 1)).build());
        desk.cases().addDeadline(Deadline.of(older.id(), LocalDate.of(2026, 12, 20), "Hearing", true));
        desk.cases().addDeadline(Deadline.of(newer.id(), LocalDate.of(2026, 11, 1), "Appeal letter", false));
        robot.push(KeyCode.F5);
        new FrameHandle(robot).open(FrameHandle.Screen.CASES); // a first run opens on the dashboard
        ListView<?> cases = new CasesPageHandle(robot).list();
        waitUntil(() -> cases.getItems().size() == 3);
        assertEquals(List.of(newer.id(), older.id(), oldest.id()), listed(cases), "newest first, as read");

        // The overdue case's row: its deadline marked, its details on the second line.
        javafx.scene.text.Text due = robot.lookup(".case-row-due")
                .match((javafx.scene.text.Text t) -> t.getText().startsWith("overdue")).query();
        assertEquals("overdue 01/11/2026", due.getText());
        assertTrue(due.getParent().getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("overdue")));
        assertTrue(robot.lookup(".case-row-due").queryAllAs(javafx.scene.text.Text.class).stream()
                .anyMatch(t -> t.getText().equals("due 20/12/2026")));
        assertTrue(robot.lookup(".case-row-about").queryAllAs(javafx.scene.text.Text.class).stream()
                .allMatch(t -> t.getText().startsWith("Capability · ")), "type, stage, status on the second line");

        CasesPageHandle page = new CasesPageHandle(robot);
        page.order("Next deadline first");
        waitUntil(() -> page.listed().equals(List.of(newer.id(), older.id(), oldest.id())));
        page.order("Oldest first");
        waitUntil(() -> page.listed().equals(List.of(oldest.id(), older.id(), newer.id())));
        assertEquals("Oldest first", page.orderShown());
        // The order stays when the filters are cleared.
        page.clearFilters();
        assertEquals("Oldest first", page.orderShown());
        assertEquals(List.of(oldest.id(), older.id(), newer.id()), page.listed());
    }

    @Test
    void aLongNameIsCutShortWithAnEllipsisToFitItsSpace(FxRobot robot) {
        javafx.scene.text.Text text = new javafx.scene.text.Text();
        String name = "Bartholomew Featherstonehaugh-Cholmondeley-Worthington";
        robot.interact(() -> CaseRowCell.fit(text, name, 1000));
        assertEquals(name, text.getText(), "room enough: shown whole");
        robot.interact(() -> CaseRowCell.fit(text, name, 120));
        assertTrue(text.getText().endsWith("…") && name.startsWith(text.getText().replace("…", "").strip()),
                text.getText());
        assertTrue(text.getLayoutBounds().getWidth() <= 120, "fits: " + text.getLayoutBounds().getWidth());
        String cut = text.getText();
        robot.interact(() -> CaseRowCell.fit(text, name, 200));
        assertTrue(text.getText().length() > cut.length(), "more room, more of the name");
        robot.interact(() -> CaseRowCell.fit(text, name, 0));
        assertEquals("", text.getText());
    }

    private static List<java.util.UUID> listed(ListView<?> cases) {
        return cases.getItems().stream().map(r -> ((CaseListRow) r).caseId()).toList();
    }

    @Test
    void theCaseFormIsShownCompleteWithTheLastCaseAskedForWhileItWasPutTogether(FxRobot robot) throws Exception {
        Member member = desk.members().save(aMember().number("N-52").named("Gwen Price").build());
        CaseFile first = desk.cases().open(aCase(member).openedOn(LocalDate.of(2026, 9, 1)).build());
        CaseFile second = desk.cases().open(aCase(member).openedOn(LocalDate.of(2026, 9, 2)).build());
        robot.push(KeyCode.F5);
        new FrameHandle(robot).open(FrameHandle.Screen.CASES); // a first run opens on the dashboard
        ListView<?> cases = new CasesPageHandle(robot).list();
        waitUntil(() -> cases.getItems().size() == 2);
        // Both in one event: the form is built for the first and must end up showing the second.
        robot.interact(() -> {
            cases.getSelectionModel().select(listed(cases).indexOf(first.id()));
            cases.getSelectionModel().select(listed(cases).indexOf(second.id()));
        });
        waitUntil(() -> new CaseFormHandle(robot).title().startsWith(second.reference()));
        // Shown only when complete: the form's last field, the buttons and every tab's content are in place.
        CaseFormHandle form = new CaseFormHandle(robot);
        assertTrue(form.wholeFormInPlace(), "the outcome in the scene, Save, and each tab's buttons");
        form.addDeadline().typeWhat("Stage 2 hearing").typeDue("10/12/2026").clickWhat().save();
        waitUntil(() -> desk.cases().deadlines(second.id()).size() == 1);
        assertTrue(desk.cases().deadlines(first.id()).isEmpty(), "added to the case shown, not the first asked for");
    }

    @Test
    void theNewCasePickerFindsSianAsSearchDoesAndTheListCountsTheNewCaseAtOnce(FxRobot robot) throws Exception {
        desk.members().save(aMember().number("N-61").named("Siân ap Gwilym").build());
        Member gwen = desk.members().save(aMember().number("N-62").named("Gwen Price").build());
        CaseFile late = desk.cases().open(aCase(gwen).openedOn(LocalDate.of(2026, 9, 1)).build());
        desk.cases().addDeadline(Deadline.of(late.id(), LocalDate.of(2026, 11, 1), "Appeal letter", false));
        new FrameHandle(robot).open(FrameHandle.Screen.CASES); // a first run opens on the dashboard
        robot.push(KeyCode.F5);
        CasesPageHandle page = new CasesPageHandle(robot);
        waitUntil(() -> page.listed().size() == 1);

        page.newCase();
        NewCaseDialogHandle dialog = new NewCaseDialogHandle(robot);
        assertEquals("", dialog.memberProblem(), "nothing said before anything was done");
        dialog.open();
        waitUntil(() -> dialog.memberProblem().startsWith("Choose the member"));
        assertTrue(dialog.isShowing(), "not opened without a member: the dialog stays, saying why");
        dialog.findMember("sian");
        waitUntil(() -> dialog.members().getItems().size() == 1);
        dialog.pickMember("Siân ap Gwilym");
        assertEquals("Chosen: Siân ap Gwilym (N-61)", dialog.chosen());
        dialog.open();
        waitUntil(() -> desk.cases().count() == 2);

        // Counted as soon as it is listed, not at the next F5 ("1 of 2" before).
        waitUntil(() -> page.count().equals("2 of 2 cases"));
        CaseFormHandle form = new CaseFormHandle(robot);
        waitUntil(() -> form.title().contains("Siân ap Gwilym"));
        // The new case has no deadline passed: with "Overdue only" the form leaves it with the list.
        page.overdueOnly();
        waitUntil(() -> page.listed().equals(List.of(late.id())));
        waitUntil(() -> !form.showsACase());
        assertEquals("1 of 2 cases", page.count());
    }

    @Test
    void aNameThatLooksLikeASpreadsheetFormulaIsSavedAsTypedButFlagged(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        MemberFormHandle form = new MemberFormHandle(robot);
        assertEquals("", form.formulaWarning(), "nothing to flag on an empty form");
        form.typeNumber("N-9");
        form.typeName("=1+1");
        waitUntil(() -> form.formulaWarning().startsWith("Name starts like a spreadsheet formula"));
        assertFalse(form.save().isDisabled(), "flagged, not refused: a name may start with a hyphen, or be typed so");
        robot.push(KeyCode.CONTROL, KeyCode.S); // the warning's lines put Save below the test window's edge
        waitUntil(() -> desk.members().byMembershipNumber("N-9").isPresent());
        assertEquals("=1+1", desk.members().byMembershipNumber("N-9").orElseThrow().name());
    }
}
