package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseType;
import org.repdesk.model.Region;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.common.Labels;
import org.repdesk.ui.handles.DemandsPageHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.MemberFormHandle;
import org.repdesk.ui.handles.MembersPageHandle;
import org.repdesk.ui.handles.NewCaseDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A first run in Welsh (the longer words) on a 1024x700 window: what was still cut there is read
 * whole (the demands board's hint, the welcome's name example, the member's region, the new case's
 * stage). "Cut" is what the rep sees: the words a control draws differ from its text (an ellipsis).
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenInWelshTest {

    /** A manager with their role, as reps write them: cut in the case form's field at 1024 pixels. */
    private static final String LONG_MANAGER = "Stephen Hargreaves, Area manager (business support)";
    /**
     * Of the case's timeline, at least this much in sight at 1024x700 as the form opens, with the
     * longest Welsh stage and a two-row manager: the top of its first entry (fit4's taller form left
     * none; this form with the grid's usual 7-px gaps about 3 px).
     */
    private static final double TIMELINE_IN_SIGHT = 10;
    /** A team as a region names it: cut in the workload table at 1024 pixels ("Integrated o…"). */
    private static final String LONG_TEAM = "Integrated offender management";

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage main;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.WELSH);
        main = stage;
        desk = TestDesk.open(dir.resolve("small-" + System.nanoTime()));
        var rhian = desk.members().save(aMember().number("N-1").named("Rhian Bowen").inRegion(Region.WEST_MIDLANDS)
                .grade(org.repdesk.model.Grade.CASE_ADMINISTRATOR).team(LONG_TEAM).build());
        // Her case at the stage longest in Welsh, the workload disputed, a deadline overdue: the longest row.
        String longest = longestStage(desk);
        var owning = java.util.Arrays.stream(CaseType.values())
                .filter(t -> desk.settings().stages().stagesFor(t).contains(longest)).findFirst().orElseThrow();
        var opened = desk.cases().open(org.repdesk.testing.Builders.aCase(rhian).type(owning, longest)
                .workload(org.repdesk.model.WorkloadFactor.DISPUTED).manager(LONG_MANAGER).build());
        desk.cases().addDeadline(org.repdesk.model.Deadline.of(opened.id(), desk.cases().today().minusDays(20),
                "Cyfarfod", true));
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, true).show();
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    @Test
    void theWelcomesNameFieldShowsItsWholeExample(FxRobot robot) {
        TextField name = new FrameHandle(robot).welcomeNameField();
        double example = WholeText.width(name.getPromptText(), name.getFont());
        assertTrue(name.getWidth() - name.snappedLeftInset() - name.snappedRightInset() >= example,
                "\"" + name.getPromptText() + "\" needs " + example + " px in a field " + name.getWidth() + " wide");
    }

    @Test
    void theDemandsBoardsHintAndButtonsAreReadWhole(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.DEMANDS);
        DemandsPageHandle page = new DemandsPageHandle(robot);
        waitUntil(() -> page.hint().getWidth() > 0);
        laidOut(robot);
        List<String> cut = new ArrayList<>();
        for (Labeled shown : concat(page.barButtons(), page.hint())) {
            cutWords(shown).ifPresent(cut::add);
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void theMemberFormShowsEveryRegionWhole(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.MEMBERS);
        new MembersPageHandle(robot).choose("Rhian Bowen");
        MenuButton region = new MemberFormHandle(robot).region();
        @SuppressWarnings("unchecked")
        ChoiceMenu<Region> menu = (ChoiceMenu<Region>) region;
        // The rep drags the list wider: the form keeps room for the longest region all the same.
        javafx.scene.Node at = region;
        while (!(at instanceof javafx.scene.control.SplitPane)) {
            at = at.getParent();
        }
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) at;
        robot.interact(() -> split.setDividerPositions(0.95));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        for (Region r : Region.values()) {
            robot.interact(() -> menu.setValue(r));
            laidOut(robot);
            assertEquals(Labels.of(r), region.getText());
            cutWords(region).ifPresent(cut::add);
        }
        assertEquals(List.of(), cut, "regions cut in a form " + region.getWidth() + " wide");
    }

    @Test
    void theMemberFormsSaveAndRevertAreInSightWithoutScrolling(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.MEMBERS);
        new MembersPageHandle(robot).choose("Rhian Bowen");
        MemberFormHandle form = new MemberFormHandle(robot);
        waitUntil(form::formInPlace);
        try {
            assertEquals(List.of(), MemberFormOnASmallScreenTest.outOfSight(robot, form,
                    org.repdesk.service.DeskPreferences.DEFAULT_TEXT_SIZE, 18));
        } finally {
            robot.interact(() -> Styling.use(org.repdesk.service.DeskPreferences.Theme.LIGHT,
                    org.repdesk.service.DeskPreferences.DEFAULT_TEXT_SIZE));
        }
    }

    @Test
    void theDashboardsButtonsAreReadWholeInTheDarkThemeAtBothSizes(FxRobot robot) throws Exception {
        // Reported cut in the dark theme at 1024: "Crynodebau ar gyfer gwrandawiadau yn y 14 diwrnod
        // nesaf…", whose own last letter is the ellipsis of a button that opens a window.
        List<String> cut = new ArrayList<>();
        try {
            for (double[] size : List.of(new double[] {1024, 700}, new double[] {1280, 800})) {
                robot.interact(() -> {
                    main.setWidth(size[0]);
                    main.setHeight(size[1]);
                    Styling.use(org.repdesk.service.DeskPreferences.Theme.DARK,
                            org.repdesk.service.DeskPreferences.DEFAULT_TEXT_SIZE);
                });
                new FrameHandle(robot).open(FrameHandle.Screen.DASHBOARD);
                org.repdesk.ui.handles.DashboardPageHandle page = new org.repdesk.ui.handles.DashboardPageHandle(robot);
                waitUntil(() -> page.topButtons().stream().allMatch(b -> b.getWidth() > 0));
                laidOut(robot);
                for (javafx.scene.control.Button b : page.topButtons()) {
                    cutWords(b).ifPresent(words -> cut.add((int) size[0] + ": " + words));
                }
            }
        } finally {
            robot.interact(() -> {
                main.setWidth(1024);
                main.setHeight(700);
                Styling.use(org.repdesk.service.DeskPreferences.Theme.LIGHT,
                        org.repdesk.service.DeskPreferences.DEFAULT_TEXT_SIZE);
            });
        }
        assertEquals(List.of(), cut);
    }

    /** A stage as it is shown, longest in Welsh ("Cam anffurfiol (cynllun cymorth a gwella)"). */
    private static String longestStage(RepDesk desk) {
        return desk.settings().stages().stages().values().stream().flatMap(List::stream).max(java.util.Comparator.comparingInt(
                n -> org.repdesk.model.StageCatalogue.shown(n, Messages.WELSH).length())).orElseThrow();
    }

    @Test
    void theMembersTableShowsWhatFitsWholeWithoutScrollingSideways(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.MEMBERS);
        MembersPageHandle page = new MembersPageHandle(robot).choose("Rhian Bowen");
        WaitForAsyncUtils.waitForFxEvents();
        var table = page.table();
        // Seven columns of one line were 970 pixels in a table of about 430: Grade and Team out of sight, cut.
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        assertTrue(columns <= room + 0.5, "columns " + columns + " px in " + room);
        assertTrue(table.getVisibleLeafColumns().size() >= 2, "name and number, union and grade at least");
        laidOut(robot);
        List<String> cut = new ArrayList<>();
        for (javafx.scene.Node n : table.lookupAll(".column-header .label")) {
            if (n instanceof Labeled heading && heading.isVisible() && heading.getScene() != null
                    && table.getVisibleLeafColumns().stream().anyMatch(c -> heading.getText().equals(c.getText()))) {
                cutWords(heading).ifPresent(cut::add);
            }
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void anOverdueCaseRowShowsItsStageWhole(FxRobot robot) throws Exception {
        new FrameHandle(robot).openWhole(FrameHandle.Screen.CASES);
        org.repdesk.ui.handles.CasesPageHandle page = new org.repdesk.ui.handles.CasesPageHandle(robot);
        waitUntil(() -> !page.rowDetailsDrawn().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String stage = org.repdesk.model.StageCatalogue.shown(longestStage(desk), Messages.WELSH);
        // Beside "yn hwyr 03/11/2026" on the row's second line it read "Gallu · Cam anffur…".
        List<String> drawn = page.rowDetailsDrawn();
        assertEquals(1, drawn.size(), drawn.toString());
        assertTrue(drawn.get(0).contains(stage) && !drawn.get(0).contains("…") && !drawn.get(0).contains("[outside"),
                "drawn: " + drawn.get(0));
    }

    @Test
    void theCaseFormShowsTheLongestStageWhole(FxRobot robot) throws Exception {
        new FrameHandle(robot).openWhole(FrameHandle.Screen.CASES);
        org.repdesk.ui.handles.CaseFormHandle form = new org.repdesk.ui.handles.CaseFormHandle(robot);
        waitUntil(form::wholeFormInPlace);
        WaitForAsyncUtils.waitForFxEvents();
        MenuButton stage = form.stageMenu();
        assertEquals(org.repdesk.model.StageCatalogue.shown(longestStage(desk), Messages.WELSH), stage.getText());
        // At 1024 pixels the menu is about 260 wide: "Cam anffurfiol (cynllun cy…".
        assertEquals(java.util.Optional.empty(), cutWords(stage));
        var field = stage.localToScene(stage.getLayoutBounds());
        var view = form.scroller().localToScene(form.scroller().getLayoutBounds());
        assertTrue(field.getMaxX() <= view.getMaxX() + 0.5, "the menu ends at " + field.getMaxX() + ", the form at " + view.getMaxX());
    }

    @Test
    void theCaseFormShowsALongManagerWholeAndTheTimelineStaysInSight(FxRobot robot) throws Exception {
        new FrameHandle(robot).openWhole(FrameHandle.Screen.CASES);
        org.repdesk.ui.handles.CaseFormHandle form = new org.repdesk.ui.handles.CaseFormHandle(robot);
        waitUntil(form::wholeFormInPlace);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        var field = form.managerField();
        assertEquals(LONG_MANAGER, field.getText());
        // In a text field of about 290 pixels it read "Stephen Hargreaves, Area manager (b": its words
        // ran on past the field's right edge. Every line drawn lies inside the field.
        assertEquals(java.util.Optional.empty(), wordsInside(field));
        // The form one line taller (the manager's second) left the timeline out of sight at 1024x700:
        // some of its entries are still in sight below the tabs, the form at its top.
        var timeline = form.timeline();
        double[] inSight = new double[1];
        robot.interact(() -> {
            form.scroller().setVvalue(form.scroller().getVmin());
            form.scroller().layout();
            var view = form.scroller().lookup(".viewport");
            var shown = view.localToScene(view.getLayoutBounds());
            var list = timeline.localToScene(timeline.getLayoutBounds());
            inSight[0] = Math.min(shown.getMaxY(), list.getMaxY()) - Math.max(shown.getMinY(), list.getMinY());
        });
        assertTrue(inSight[0] >= TIMELINE_IN_SIGHT, inSight[0] + " px of the timeline in sight");
    }

    @Test
    void settingsListsEveryCaseTypeWholeBesideItsStages(FxRobot robot) throws Exception {
        org.repdesk.ui.handles.SettingsHandle settings = new FrameHandle(robot).openSettings();
        javafx.scene.control.ListView<?> types = settings.openStages();
        WaitForAsyncUtils.waitForFxEvents();
        // Six tabs in the dialog's 620 pixels scrolled: "Pryder am lwyth gwaith" out of sight.
        List<String> shown = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (javafx.scene.Node n : types.lookupAll(".list-cell")) {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.getText() != null && cell.isVisible()) {
                cutWords(cell).ifPresent(cut::add);
                var inList = types.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
                if (inList.getMaxY() <= types.getHeight() + 0.5 && inList.getMaxX() <= types.getWidth() + 0.5) {
                    shown.add(cell.getText());
                }
            }
        }
        assertEquals(List.of(), cut);
        assertEquals(java.util.Arrays.stream(CaseType.values()).map(Labels::of).toList(), shown);
        robot.interact(() -> types.getScene().getWindow().hide());
    }

    @Test
    void theNewCaseDialogShowsTheLongestStageWhole(FxRobot robot) throws Exception {
        new FrameHandle(robot).press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        NewCaseDialogHandle dialog = new NewCaseDialogHandle(robot);
        waitUntil(() -> dialog.isShowing());
        var stages = desk.settings().stages();
        // The longest as shown: a starting stage reads in Welsh ("Cam anffurfiol (cynllun cymorth a gwella)").
        String longest = stages.stages().values().stream().flatMap(List::stream).max(java.util.Comparator.comparingInt(
                n -> org.repdesk.model.StageCatalogue.shown(n, org.repdesk.i18n.Messages.WELSH).length())).orElseThrow();
        CaseType owning = java.util.Arrays.stream(CaseType.values())
                .filter(t -> stages.stagesFor(t).contains(longest)).findFirst().orElseThrow();
        robot.interact(() -> {
            dialog.type().setValue(owning);
            dialog.stage().setValue(longest);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> button = (ListCell<?>) dialog.stage().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ListCell<?>).findFirst().orElseThrow();
        assertEquals(org.repdesk.model.StageCatalogue.shown(longest, org.repdesk.i18n.Messages.WELSH), button.getText());
        assertEquals(java.util.Optional.empty(), cutWords(button));
        javafx.stage.Window shown = dialog.stage().getScene().getWindow();
        assertTrue(shown.getX() >= main.getX() && shown.getX() + shown.getWidth() <= main.getX() + main.getWidth() + 1,
                "the dialog (" + shown.getWidth() + " wide) stays within the 1024-pixel window");
        robot.interact(shown::hide);
    }

    @Test
    void theLetterTemplatesListShowsEachTitleWhole(FxRobot robot) throws Exception {
        new FrameHandle(robot).press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        org.repdesk.ui.handles.LetterTemplatesHandle templates = new org.repdesk.ui.handles.LetterTemplatesHandle(robot);
        waitUntil(() -> templates.listShown()
                && templates.listCells().stream().anyMatch(c -> c.getText() != null));
        WaitForAsyncUtils.waitForFxEvents();
        double listWidth = templates.list().getWidth();
        List<String> cut = new ArrayList<>();
        templates.listCells().stream()
                .filter(c -> c.getText() != null && c.isVisible()).forEach(c -> {
                    cutWords(c).ifPresent(cut::add);
                    if (c.getWidth() > listWidth) { // read only by scrolling the list sideways
                        cut.add("\"" + c.getText() + "\" " + c.getWidth() + " px in a list " + listWidth + " wide");
                    }
                });
        assertEquals(List.of(), cut);
        robot.interact(() -> templates.list().getScene().getWindow().hide());
    }

    @Test
    void theWorkloadTablesShowEveryColumnWithoutScrollingSideways(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.WORKLOAD);
        org.repdesk.ui.handles.WorkloadPageHandle page = new org.repdesk.ui.handles.WorkloadPageHandle(robot);
        waitUntil(() -> page.members().getItems().size() == 1 && page.members().getWidth() > 0);
        robot.interact(() -> page.members().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        // Side by side at 1024 pixels the members' last heading read "Ac…" off to the right, and the
        // records' "Gwaith nad yw'r WMT yn ei gyfrif" was out of sight.
        List<String> wider = new ArrayList<>();
        for (javafx.scene.control.TableView<?> table : List.of(page.members(), page.records())) {
            double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
            if (columns > room + 0.5) {
                wider.add(table.getId() + ": columns " + columns + " px in " + room + " " + table.getVisibleLeafColumns()
                        .stream().map(c -> c.getText().replace("\n", "/") + "=" + c.getWidth() + " (" + c.getMinWidth() + "-"
                                + c.getPrefWidth() + "-" + c.getMaxWidth() + ")").toList());
            }
        }
        assertEquals(List.of(), wider);
    }

    @Test
    void theWorkloadTableShowsALongTeamAndTheGradeWhole(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.WORKLOAD);
        org.repdesk.ui.handles.WorkloadPageHandle page = new org.repdesk.ui.handles.WorkloadPageHandle(robot);
        String teamHeading = Messages.text("boards.workload.col.team");
        waitUntil(() -> page.members().getItems().size() == 1 && !page.memberCellsUnder(teamHeading).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // With a column each, the team had what the grade and the Welsh headings left: "Integrated o…".
        List<String> notWhole = new ArrayList<>();
        var team = page.memberCellsUnder(teamHeading).get(0);
        String drawn = allText(team).replace("\n", " ").strip();
        if (!drawn.equals(LONG_TEAM)) {
            notWhole.add("team drawn as \"" + drawn + "\"");
        }
        // Every cell of the row: the name and the grade ("Gweinyddwr achosion") too.
        String grade = Labels.of(org.repdesk.model.Grade.CASE_ADMINISTRATOR);
        String row = "";
        for (var cell : page.memberCellsUnder("")) {
            wordsInside(cell).ifPresent(notWhole::add);
            row += allText(cell) + "\n";
        }
        if (!row.contains("Rhian Bowen") || !row.contains(grade)) {
            notWhole.add("the row drawn as \"" + row + "\"");
        }
        assertEquals(List.of(), notWhole);
    }

    /** Every text {@code cell} draws, joined by new lines. */
    private static String allText(javafx.scene.Parent cell) {
        return texts(cell).stream().map(Text::getText).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** The texts drawn in {@code parent}, in order, however deep. */
    private static List<Text> texts(javafx.scene.Parent parent) {
        List<Text> found = new ArrayList<>();
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof Text t && t.isVisible() && t.getText() != null && !t.getText().isEmpty()) {
                found.add(t);
            } else if (n instanceof javafx.scene.Parent p && n.isVisible()) {
                found.addAll(texts(p));
            }
        }
        return found;
    }

    /** Said when a text {@code cell} (or field) draws lies outside it or is cut with an ellipsis. */
    private static java.util.Optional<String> wordsInside(javafx.scene.control.Control cell) {
        var box = cell.localToScene(cell.getLayoutBounds());
        for (Text t : texts(cell)) {
            var drawn = t.localToScene(t.getLayoutBounds());
            if (t.getText().contains("…") || drawn.getMinX() < box.getMinX() - 0.5 || drawn.getMaxX() > box.getMaxX() + 0.5
                    || drawn.getMinY() < box.getMinY() - 0.5 || drawn.getMaxY() > box.getMaxY() + 0.5) {
                return java.util.Optional.of("\"" + t.getText() + "\" at " + drawn + " in a cell at " + box);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The window laid out as the next pulse would before drawing it: a label's skin puts its text (cut to
     * fit, or whole) in the Text it draws only as it is laid out, and waiting for the FX events does not
     * wait for a pulse. Under load (a full verify at load ~10) none came between a region picked and its
     * words read: "Canol De Lloegr" was read as the region picked before ("De-orllewin Lloegr").
     */
    private void laidOut(FxRobot robot) {
        robot.interact(() -> {
            main.getScene().getRoot().applyCss();
            main.getScene().getRoot().layout();
        });
    }

    /**
     * The words {@code shown} draws, when they are not its whole text (cut with an ellipsis); read after
     * {@link #laidOut}, or the Text may still hold the words before.
     */
    private static java.util.Optional<String> cutWords(Labeled shown) {
        String whole = shown.isMnemonicParsing() ? shown.getText().replace("_", "") : shown.getText();
        String drawn = firstText(shown).map(Text::getText).orElse("");
        return drawn.replace("\n", " ").strip().equals(whole.replace("\n", " ").strip()) ? java.util.Optional.empty()
                : java.util.Optional.of("\"" + whole + "\" drawn as \"" + drawn + "\"");
    }

    /** The skin's text: a label's own child, a menu button's inside the label its skin makes. */
    private static java.util.Optional<Text> firstText(javafx.scene.Parent parent) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                return java.util.Optional.of(t);
            }
        }
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.Parent p) {
                var found = firstText(p);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static List<Labeled> concat(List<? extends Labeled> some, Labeled one) {
        List<Labeled> all = new ArrayList<>(some);
        all.add(one);
        return all;
    }
}
