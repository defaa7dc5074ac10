package org.repdesk.ui.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.MainWindow;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.MembersPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In the window on the branch casebook, an officer chooses File ▸ Bring a data file into this
 * casebook…, sees the plan, says yes, and finds the rep's member on the Members screen.
 */
@ExtendWith(ApplicationExtension.class)
class BringFileInJourneyTest {

    @TempDir
    static Path dir;
    private RepDesk casebook;
    private Path repsFile;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        Path folder = dir.resolve("rachel-" + System.nanoTime());
        try (RepDesk own = TestDesk.open(folder)) {
            Member m = own.members().save(aMember().named("Siân Prydderch").build());
            own.cases().open(aCase(m).build());
        }
        repsFile = folder.resolve("repdesk.db");
        casebook = new RepDesk(TestCasebooks.open(TestCasebooks.fresh(), TestCasebooks.OFFICER), TestDesk.fixedClock());
        casebook.figuresOnly(); // the login's role asked while setting up, as RepDesk.openCasebook does off the FX thread
        new MainWindow(stage, casebook, false, null, dialogs, DeskPreferences.forThisSession()).show();
    }

    @AfterEach
    void close() {
        casebook.close();
    }

    @Test
    void theOfficerSeesThePlanSaysYesAndFindsTheRepsMemberListed(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        frame.open(FrameHandle.Screen.MEMBERS);
        MembersPageHandle members = new MembersPageHandle(robot);
        waitUntil(() -> members.tableIfThere() != null);

        dialogs.choosing(repsFile).answering(true);
        frame.chooseFromMenus("bringIn");
        waitUntil(30, () -> dialogs.said().stream().anyMatch(s -> s.kind().equals("inform")));
        List<String> kinds = dialogs.said().stream().map(ScriptedDialogs.Said::kind).toList();
        assertEquals(List.of("choose", "confirm", "inform"), kinds);
        assertTrue(dialogs.said().get(1).lines().get(0).contains("1 new"), dialogs.said().get(1).lines().get(0));
        assertEquals("Brought into the casebook", dialogs.last().header());

        // The window's lists are read again: the member is on the Members screen without F5.
        waitUntil(30, () -> members.table().getItems().stream().anyMatch(m -> m.name().equals("Siân Prydderch")));
    }
}
