package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.MemberFormHandle;
import org.repdesk.ui.handles.MembersPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The member form on a 1024x700 window: a member's e-mail address of forty-odd letters is read
 * whole in its field (beside the labels the field had 212 pixels for its words and showed
 * "mairead.ahmed-llewellyn@just").
 */
@ExtendWith(ApplicationExtension.class)
class MemberFormOnASmallScreenTest {

    private static final String EMAIL = "mairead.ahmed-llewellyn@justice.example.org";

    @TempDir
    static Path dir;
    private RepDesk desk;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("member-form-" + System.nanoTime()));
        desk.members().save(aMember().number("N-1").named("Mairéad Ahmed-Llewellyn").email(EMAIL).build());
        stage.setWidth(1024);
        stage.setHeight(700);
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aLongEmailAddressIsReadWholeInItsField(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.MEMBERS);
        new MembersPageHandle(robot).choose("Mairéad Ahmed-Llewellyn");
        MemberFormHandle form = new MemberFormHandle(robot);
        TextField email = form.email();
        waitUntil(() -> EMAIL.equals(email.getText()) && email.getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        double needs = WholeText.width(EMAIL, email.getFont());
        double room = email.getWidth() - email.snappedLeftInset() - email.snappedRightInset();
        assertTrue(room >= needs, "\"" + EMAIL + "\" needs " + needs + " px in a field with " + room);
        // And the field is in sight: the form does not scroll sideways for it.
        var field = email.localToScene(email.getLayoutBounds());
        var window = email.getScene();
        assertTrue(field.getMaxX() <= window.getWidth(), "the field ends at " + field.getMaxX() + " of " + window.getWidth());
        assertEquals(EMAIL, email.getText());
    }
}
