package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import org.testfx.api.FxRobot;

/** The case form beside the cases list. */
public final class CaseFormHandle extends Handle {

    public CaseFormHandle(FxRobot robot) {
        super(robot);
    }

    /** "2026-0001 · Zoë Ashworth". */
    public String title() {
        return present("case-title") ? textOf("case-title") : "";
    }

    /** True when the form shows a case, not "Select a case…". */
    public boolean showsACase() {
        return robot.lookup("#case-none").match(n -> n.getScene() != null && n.isVisible()).tryQuery().isEmpty();
    }

    /** The form's stage menu if the form is in the window, shown or not (put together ahead, it is there hidden). */
    public java.util.Optional<javafx.scene.Node> stageMenuIfMade() {
        return robot.lookup("#case-stage").tryQuery().filter(n -> n.getScene() != null);
    }

    public String stage() {
        return this.<MenuButton>node("case-stage").getText();
    }

    /** The status as the form's menu shows it. */
    public String status() {
        return this.<MenuButton>node("case-status").getText();
    }

    public void chooseStatus(String label) {
        choose("case-status", label);
    }

    public void typeManager(String text) {
        typeInto("case-manager", text);
    }

    /** The manager's field, as laid out. */
    public javafx.scene.control.TextInputControl managerField() {
        return node("case-manager");
    }

    public void typeOutcome(String text) {
        typeInto("case-outcome", text);
    }

    /** Puts the cursor in the outcome, where it was left. */
    public void clickOutcome() {
        robot.clickOn("#case-outcome");
    }

    public String outcome() {
        return textOf("case-outcome");
    }

    public String outcomeProblem() {
        return textOf("case-outcome-problem");
    }

    public String saveProblem() {
        return textOf("case-save-problem");
    }

    public Button save() {
        return node("case-save");
    }

    public Button revert() {
        return node("case-revert");
    }

    public void clickSave() {
        robot.clickOn("#case-save");
    }

    public void openTimeline() {
        clickInSight("tab-timeline");
    }

    /** "Add entry…" on the timeline tab: the entry's dialog. */
    public TimelineEntryDialogHandle addTimelineEntry() {
        robot.clickOn("#timeline-add");
        return new TimelineEntryDialogHandle(robot);
    }

    public void openDeadlines() {
        clickInSight("tab-deadlines");
    }

    /** The Deadlines tab's table (due, what, done). */
    @SuppressWarnings("unchecked")
    public javafx.scene.control.TableView<org.repdesk.model.Deadline> deadlines() {
        return node("deadline-table");
    }

    /** The stage's menu (a ui.ChoiceMenu), to pick from by keys or set. */
    public MenuButton stageMenu() {
        return node("case-stage");
    }

    /**
     * The form is put together whole: its last field in the scene, Save, and the Timeline and
     * Deadlines tabs' buttons in place.
     */
    public boolean wholeFormInPlace() {
        return present("case-outcome") && robot.lookup("#case-save").tryQuery().isPresent()
                && robot.lookup("#timeline-add").tryQuery().isPresent()
                && robot.lookup("#deadline-add").tryQuery().isPresent();
    }

    /** The Deadlines tab, then "Add deadline…". */
    public ScheduleDialogHandle addDeadline() {
        openDeadlines();
        robot.clickOn("#deadline-add");
        return new ScheduleDialogHandle(robot);
    }

    /** The Timeline tab's entries, newest first. */
    public javafx.scene.control.ListView<?> timeline() {
        return node("timeline-list");
    }

    /** The form has been put together far enough to have its tabs. */
    public boolean hasTabs() {
        return robot.lookup("#tab-documents").tryQuery().isPresent();
    }

    /** Where the search's words were found in this case ("Found in the document …"), when shown. */
    public boolean foundShown() {
        return node("case-found").isVisible();
    }

    public String found() {
        return textOf("case-found");
    }

    /**
     * The Documents tab of the case shown, scrolled into sight first as a rep scrolls (as the other tabs):
     * in a 900x600 window the form is taller than its view once "Found in the document …" shows, and the
     * tab's header lay below the window's edge ("no nodes were visible").
     */
    public DocumentsPanelHandle openDocuments() {
        clickInSight("tab-documents");
        return new DocumentsPanelHandle(robot);
    }

    /** "Summary: print or save": the case summary's preview opens (see {@link DocumentPreviewHandle}). */
    public void clickSummary() {
        robot.clickOn("#case-summary");
    }

    /** "Delete case…": RepDesk asks first. */
    public void clickDelete() {
        robot.clickOn("#case-delete");
    }

    /** The Changes tab's table: the case's audit trail, newest first. */
    public javafx.scene.control.TableView<?> changes() {
        return robot.lookup("#case-audit-table").queryTableView();
    }

    /** The form's tabs (Timeline, Papers, Deadlines, Changes). */
    public javafx.scene.control.TabPane tabs() {
        return robot.lookup(".case-detail .tab-pane").queryAs(javafx.scene.control.TabPane.class);
    }

    /** The scrolled pane the form and its tabs sit in. */
    public javafx.scene.control.ScrollPane scroller() {
        return robot.lookup(".case-detail > .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
    }
}
