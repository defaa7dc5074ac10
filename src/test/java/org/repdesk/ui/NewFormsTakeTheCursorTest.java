package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.MemberFormHandle;
import org.repdesk.ui.handles.MembersPageHandle;
import org.repdesk.ui.handles.NewCaseDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ New member and File ▸ New case put the cursor in their first field: a keyboard user types at once. */
@ExtendWith(ApplicationExtension.class)
class NewFormsTakeTheCursorTest {

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("cursor-" + System.nanoTime()));
        new MainWindow(stage, desk, false, null, new ScriptedDialogs(), DeskPreferences.forThisSession()).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void ctrlNFromTheDashboardPutsTheCursorInTheNewMembersNumber(FxRobot robot) throws Exception {
        FrameHandle frame = new FrameHandle(robot);
        assertEquals(FrameHandle.Screen.DASHBOARD, frame.selected());
        frame.press(KeyCode.CONTROL, KeyCode.N); // the members screen is put together for the first time
        MemberFormHandle form = new MemberFormHandle(robot);
        waitUntil(() -> frame.selected() == FrameHandle.Screen.MEMBERS && form.formInPlace());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("member-number", form.cursorIn());
        robot.write("N-1");
        assertEquals("N-1", form.number());
    }

    @Test
    void ctrlShiftNPutsTheCursorInTheMemberSearchOfTheNewCase(FxRobot robot) throws Exception {
        new FrameHandle(robot).press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        NewCaseDialogHandle dialog = new NewCaseDialogHandle(robot);
        waitUntil(dialog::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("newcase-member-search", dialog.cursorIn());
        dialog.cancel();
    }

    @Test
    void aNewCaseForTheMemberChosenPutsTheCursorInItsType(FxRobot robot) throws Exception {
        desk.members().save(aMember().number("N-81").named("Ceri Morgan").build());
        FrameHandle frame = new FrameHandle(robot);
        frame.open(FrameHandle.Screen.MEMBERS);
        frame.press(KeyCode.F5); // the member was added after the window read the file
        MembersPageHandle members = new MembersPageHandle(robot);
        waitUntil(() -> members.table().getItems().size() == 1);
        NewCaseDialogHandle dialog = members.choose("Ceri Morgan").openCase();
        waitUntil(dialog::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("newcase-type", dialog.cursorIn(), "the member is given: the type is the first field to fill");
        dialog.cancel();
    }
}
