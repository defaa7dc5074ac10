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
import org.repdesk.service.DeskPreferences;
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
 * "mairead.ahmed-llewellyn@just"), and Save and Revert stay in sight below the form, also with the
 * text two steps larger.
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
    void close(FxRobot robot) {
        robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, DeskPreferences.DEFAULT_TEXT_SIZE));
        desk.close();
    }

    @Test
    void saveAndRevertAreInSightWithoutScrollingAtEitherTextSize(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.MEMBERS);
        new MembersPageHandle(robot).choose("Mairéad Ahmed-Llewellyn");
        MemberFormHandle form = new MemberFormHandle(robot);
        waitUntil(() -> EMAIL.equals(form.email().getText()));
        // The labels over the fields at 1024x700 left Save under the fold: reached only by scrolling.
        assertEquals(java.util.List.of(), outOfSight(robot, form, DeskPreferences.DEFAULT_TEXT_SIZE, 18));
    }

    /** Save and Revert where they are not wholly in sight, at each text size, the form scrolled to its top. */
    static java.util.List<String> outOfSight(FxRobot robot, MemberFormHandle form, int... sizes) {
        java.util.List<String> unseen = new java.util.ArrayList<>();
        for (int size : sizes) {
            robot.interact(() -> Styling.use(DeskPreferences.Theme.LIGHT, size));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.scene.control.Button b : java.util.List.of(form.save(), form.revert())) {
                robot.interact(() -> {
                    String where = whereUnseen(b);
                    if (where != null) {
                        unseen.add(size + " px: \"" + b.getText() + "\" " + where);
                    }
                });
            }
        }
        return unseen;
    }

    /** Null when {@code node} lies wholly inside the window and every scroll pane it is in, as they are scrolled. */
    private static String whereUnseen(javafx.scene.Node node) {
        javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane pane) {
                pane.setVvalue(pane.getVmin()); // as the form opens: at its top
                pane.layout();
                at = node.localToScene(node.getLayoutBounds());
                javafx.scene.Node viewport = pane.lookup(".viewport");
                javafx.geometry.Bounds view = viewport.localToScene(viewport.getLayoutBounds());
                if (at.getMinY() < view.getMinY() - 0.5 || at.getMaxY() > view.getMaxY() + 0.5) {
                    return "at " + at.getMinY() + "-" + at.getMaxY() + ", outside the scrolled part's "
                            + view.getMinY() + "-" + view.getMaxY();
                }
            }
        }
        var scene = node.getScene();
        return at.getMinX() >= 0 && at.getMaxX() <= scene.getWidth() && at.getMinY() >= 0 && at.getMaxY() <= scene.getHeight()
                ? null : "at " + at + ", outside the window " + scene.getWidth() + " x " + scene.getHeight();
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
