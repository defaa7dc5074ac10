package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Deadline;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard in Welsh at text size 22 on a 1280x800 window: beside its date and reference a
 * deadline's title had room for a few letters, and broke inside its words ("gwra / ndaw / iad").
 * Every word of every title (a hearing's reads "gwrandawiad") must fit the width the title wraps at,
 * so lines break between words.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardTilesInLargeWelshTest {

    private static final String TITLE = "Gwrandawiad: cyfarfod ffurfiol gyda’r rheolwr";

    @TempDir
    static Path dir;
    private RepDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    @Test
    void aDeadlinesTitleBreaksOnlyBetweenWords(FxRobot robot) throws Exception {
        desk = TestDesk.open(dir.resolve("large-welsh-" + System.nanoTime()));
        var member = desk.members().save(aMember().named("Siân Llewellyn-Prydderch").build());
        var opened = desk.cases().open(aCase(member).build());
        desk.cases().addDeadline(Deadline.of(opened.id(), desk.cases().today().minusDays(3), TITLE, true));
        desk.cases().addDeadline(Deadline.of(opened.id(), desk.cases().today().plusDays(3), TITLE, false));
        robot.interact(() -> {
            Messages.setLanguage(Messages.WELSH);
            DeskPreferences large = DeskPreferences.forThisSession();
            large.setTextSize(22);
            Styling.use(DeskPreferences.Theme.LIGHT, 22);
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(800);
            new MainWindow(stage, desk, false, null, new ScriptedDialogs(), large).show();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        DashboardPageHandle dashboard = new DashboardPageHandle(robot);
        waitUntil(30, () -> dashboard.hasTile("overdue") && dashboard.hasTile("soon")
                && "1".equals(dashboard.figure("overdue")));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> broken = new ArrayList<>();
        List<Text> titles = new ArrayList<>(dashboard.dueTitles("overdue"));
        titles.addAll(dashboard.dueTitles("soon"));
        assertFalse(titles.isEmpty(), "the tiles list the deadlines");
        robot.interact(() -> {
            for (Text title : titles) {
                for (String word : title.getText().split("\\s+")) {
                    Text measured = new Text(word);
                    measured.setFont(title.getFont());
                    double w = measured.getLayoutBounds().getWidth();
                    if (w > title.getWrappingWidth()) {
                        broken.add("\"" + word + "\" " + w + " px wide, the title wrapped at " + title.getWrappingWidth()
                                + " (font " + title.getFont().getSize() + ")");
                    }
                }
            }
        });
        assertEquals(List.of(), broken);
    }
}
