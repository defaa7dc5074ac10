package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CasebookAddress;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A casebook's reader (a regional negotiator) reads figures only: the menus offer the briefs, the
 * demands log and the caseload report, and nothing the server would refuse them.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {

    private RepDesk nina;

    @Start
    void start(Stage stage) {
        CasebookAddress casebook = TestCasebooks.fresh();
        nina = new RepDesk(TestCasebooks.open(casebook, TestCasebooks.READER), TestDesk.fixedClock());
        assertTrue(nina.figuresOnly());
        new MainWindow(stage, nina, false).show();
    }

    @AfterEach
    void close() {
        nina.close();
    }

    @Test
    void aReadersMenusOfferTheFiguresAndDisableWhatNeedsRows(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Map<String, Boolean> enabled = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getText() != null && !(i instanceof javafx.scene.control.SeparatorMenuItem))
                .collect(Collectors.toMap(MenuItem::getText, i -> !i.isDisable(), (a, b) -> a && b));
        for (String key : java.util.List.of("boards.dash.report", "shell.menu.settings", "shell.menu.about")) {
            assertEquals(true, enabled.get(Messages.text(key)), key);
        }
        for (String key : java.util.List.of("shell.menu.newMember", "shell.menu.newCase", "shell.menu.importMembers",
                "shell.menu.export", "shell.menu.find", "shell.menu.overdue", "letters.menu.templates")) {
            assertEquals(false, enabled.get(Messages.text(key)), key);
        }
        Menu view = bar.getMenus().get(2);
        assertEquals(2, view.getItems().stream().filter(i -> i.getId() != null && i.getId().startsWith("menu-nav-")
                && !i.isDisable()).count(), "the view menu's screens: briefs and the demands log");
    }
}
