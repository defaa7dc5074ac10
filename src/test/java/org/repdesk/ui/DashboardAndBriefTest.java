package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.BriefsPageHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard opens on start and its tiles lead to the lists; the brief builder previews pages. */
@ExtendWith(ApplicationExtension.class)
class DashboardAndBriefTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile late;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("dash-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Aled Rhys").build());
        late = desk.cases().open(aCase(m).openedOn(LocalDate.of(2026, 5, 1)).build());
        desk.cases().open(aCase(m).openedOn(LocalDate.of(2026, 6, 1)).build());
        desk.cases().addDeadline(Deadline.of(late.id(), LocalDate.of(2026, 11, 2), "Appeal letter", false));
        CampaignBulletins.load(desk.demands());
        window = new MainWindow(stage, desk, false);
        window.show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theOverdueTileOpensTheCasesListFilteredToOverdueCases(FxRobot robot) throws Exception {
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        waitUntil(30, () -> dashboard.hasTile("overdue"));
        waitUntil(30, () -> "1".equals(dashboard.figure("overdue")));
        robot.clickOn(dashboard.tile("overdue"));
        CasesPageHandle cases = new CasesPageHandle(robot);
        waitUntil(30, () -> cases.list().getItems().size() == 1);
        assertTrue(cases.overdueOnlyTicked());
    }

    @Test
    void theStatusLineShowsTheFilesCountsAndThenFollowsTheLists(FxRobot robot) throws Exception {
        // Counted by query at start, while the lists are still being read; after that, the lists' sizes.
        Label status = robot.lookup(".status-bar").queryAs(Label.class);
        waitUntil(30, () -> status.getText().startsWith("1 member · 2 cases") && !status.getText().contains("reading"));
        Member added = desk.members().save(aMember().named("Bethan Wyn").number("N-77").build());
        robot.interact(() -> window.state().memberSaved(added));
        waitUntil(30, () -> status.getText().startsWith("2 members · 2 cases"));
    }

    @Test
    void theBriefBuilderPreviewsTheAnonymisedBriefPageByPage(FxRobot robot) throws Exception {
        BriefsPageHandle briefs = new BriefsPageHandle(robot);
        briefs.open();
        waitUntil(30, () -> !briefs.demands().getItems().isEmpty());
        briefs.preview();
        waitUntil(30, () -> briefs.pagesShown() >= 2);
        assertTrue(!briefs.pdf().isDisabled());
    }

    @Test
    void theOverdueTileOpensFromTheKeyboardToo(FxRobot robot) throws Exception {
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        waitUntil(30, () -> dashboard.hasTile("overdue") && "1".equals(dashboard.figure("overdue")));
        assertTrue(dashboard.tile("overdue").isFocusTraversable(), "reached with Tab");
        assertEquals(javafx.scene.AccessibleRole.BUTTON, dashboard.tile("overdue").getAccessibleRole());
        robot.interact(() -> dashboard.tile("overdue").requestFocus());
        robot.push(javafx.scene.input.KeyCode.ENTER);
        javafx.scene.control.ListView<?> cases = new CasesPageHandle(robot).list();
        waitUntil(30, () -> cases.isVisible() && cases.getItems().size() == 1);
    }
}
