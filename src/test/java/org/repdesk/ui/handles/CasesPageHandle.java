package org.repdesk.ui.handles;

import static org.repdesk.testing.FxWait.waitUntil;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import org.repdesk.model.CaseListRow;
import org.testfx.api.FxRobot;

/** The cases screen: search, filters, order, the list and its count. */
public final class CasesPageHandle extends Handle {

    public CasesPageHandle(FxRobot robot) {
        super(robot);
    }

    @SuppressWarnings("unchecked")
    public ListView<CaseListRow> list() {
        return (ListView<CaseListRow>) (ListView<?>) node("case-list");
    }

    /** The list, or null while the screen is being put together. */
    public ListView<CaseListRow> listIfThere() {
        return nodeIfThere("case-list");
    }

    public TextField searchField() {
        return node("case-search");
    }

    /** The cursor is in the search line. */
    public boolean searchFocused() {
        TextField field = nodeIfThere("case-search");
        return field != null && field.isFocused();
    }

    /** A filter's menu: "filter-type", "filter-status", "filter-region"… */
    public MenuButton filterMenu(String id) {
        return node(id);
    }

    /** The cases listed, top to bottom. */
    public List<UUID> listed() {
        return List.copyOf(list().getItems()).stream().map(CaseListRow::caseId).toList();
    }

    public UUID selected() {
        CaseListRow row = list().getSelectionModel().getSelectedItem();
        return row == null ? null : row.caseId();
    }

    /** Selects the case's row, as a click on it would: the case form reads it and shows it. */
    public void select(UUID caseId) {
        ListView<CaseListRow> list = list();
        robot.interact(() -> list.getItems().stream().filter(r -> r.caseId().equals(caseId)).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r)));
    }

    /** "1 of 2 cases". */
    public String count() {
        return node("case-count") instanceof Label l ? l.getText() : "";
    }

    public void search(String text) {
        typeInto("case-search", text);
    }

    public void filterByType(String label) {
        choose("filter-type", label);
    }

    public void overdueOnly() {
        robot.clickOn("#filter-overdue");
    }

    /** "Overdue only" is ticked. */
    public boolean overdueOnlyTicked() {
        return this.<javafx.scene.control.CheckBox>node("filter-overdue").isSelected();
    }

    /** The "Overdue only" check box. */
    public javafx.scene.control.CheckBox overdueBox() {
        return node("filter-overdue");
    }

    /** The list's order menu ("Newest first"), a ui.ChoiceMenu. */
    public MenuButton orderMenu() {
        return node("case-order");
    }

    /** "Clear filters", a flat button. */
    public javafx.scene.control.Button clearButton() {
        return node("filter-clear");
    }

    public void clearFilters() {
        robot.clickOn("#filter-clear");
    }

    public void order(String label) {
        choose("case-order", label);
    }

    /** The order the list's menu shows, e.g. "Oldest first". */
    public String orderShown() {
        return this.<MenuButton>node("case-order").getText();
    }

    /** What a screen reader hears for each case row shown: reference, member, dates, type, stage, status, region. */
    public List<String> rowsReadOut() {
        return robot.lookup(".case-row").queryAll().stream().map(javafx.scene.Node::getAccessibleText)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The choices a filter's menu offers, "All …" first (the menu makes its items when first opened). */
    public List<String> filterChoices(String id) {
        MenuButton menu = node(id);
        robot.interact(menu::show);
        List<String> names = menu.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList();
        robot.interact(menu::hide);
        return names;
    }

    public void newCase() {
        robot.clickOn("#case-new");
    }

    /**
     * From anywhere in the window: the cases screen (when not shown already), then the case of the
     * member named (its row once the list holds it), waiting until the form shows it.
     */
    public CaseFormHandle openCaseOf(String memberName) throws Exception {
        if (new FrameHandle(robot).selected() != FrameHandle.Screen.CASES) {
            new FrameHandle(robot).open(FrameHandle.Screen.CASES);
        }
        waitUntil(() -> present("case-list"));
        waitUntil(() -> list().getItems().stream().anyMatch(r -> r.memberName().equals(memberName)));
        robot.clickOn(memberName);
        CaseFormHandle form = new CaseFormHandle(robot);
        waitUntil(() -> form.title().contains(memberName));
        return form;
    }

    /**
     * Each row's case details as drawn (type · stage · status), with whether the text lies inside its
     * row: a detail cut short ends in "…"; one that wraps takes a line more of its row.
     */
    public List<String> rowDetailsDrawn() {
        List<String> drawn = new java.util.ArrayList<>();
        for (javafx.scene.Node cell : robot.lookup("#case-list .list-cell").queryAll()) {
            javafx.scene.Node about = ((javafx.scene.Parent) cell).lookup(".case-row-about");
            if (about instanceof javafx.scene.text.Text t && cell.isVisible() && t.getText() != null && !t.getText().isEmpty()) {
                javafx.geometry.Bounds inCell = cell.sceneToLocal(t.localToScene(t.getLayoutBounds()));
                boolean inside = inCell.getMaxY() <= cell.getLayoutBounds().getMaxY() + 0.5
                        && inCell.getMaxX() <= cell.getLayoutBounds().getMaxX() + 0.5;
                drawn.add(t.getText() + (inside ? "" : " [outside its row]"));
            }
        }
        return drawn;
    }
}
