package org.repdesk.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.repdesk.testing.FxWait.waitUntil;

import java.util.concurrent.CountDownLatch;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.i18n.Messages;
import org.repdesk.report.Pdf;
import org.repdesk.testing.PostScriptPrinter;
import org.repdesk.ui.Background;
import org.repdesk.ui.handles.ConfirmHandle;
import org.repdesk.ui.handles.PrintDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Print…, the rep clicks in the dialog before the computer's printers are found: the default printer the
 * dialog then chooses itself is not the rep's typing, so Esc closes the untouched dialog without asking;
 * copies typed before the printers came still count.
 */
@ExtendWith(ApplicationExtension.class)
class PrinterChosenByTheDialogIsNotTypingTest {

    private final PostScriptPrinter printer = new PostScriptPrinter();
    private final Background background = new Background();
    private final CountDownLatch found = new CountDownLatch(1);
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        byte[] pdf = Pdf.bytes("<html><body><h1>Case 2026-0002 summary</h1></body></html>");
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        PrintDialog.create(stage, background, new PrintViewModel(printer.foundOnceLetGo(found), "Case 2026-0002 summary",
                pdf)).show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        found.countDown();
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        background.shutdown();
    }

    @Test
    void escClosesAnUntouchedDialogWhosePrinterCameAfterTheFirstClick(FxRobot robot) throws Exception {
        PrintDialogHandle dialog = new PrintDialogHandle(robot);
        robot.clickOn(dialog.copies()); // the rep's first click, before any printer is found
        WaitForAsyncUtils.waitForFxEvents();
        found.countDown();
        waitUntil(30, () -> dialog.printer().getValue() != null);

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.open());
        assertFalse(new ConfirmHandle(robot).asked(), "nothing the rep typed: closed without asking");
    }

    @Test
    void copiesTypedBeforeThePrinterCameStillAsk(FxRobot robot) throws Exception {
        PrintDialogHandle dialog = new PrintDialogHandle(robot);
        dialog.typeCopies("3");
        found.countDown();
        waitUntil(30, () -> dialog.printer().getValue() != null);
        ConfirmHandle question = new ConfirmHandle(robot);

        robot.push(KeyCode.ESCAPE);
        waitUntil(question::asked);
        question.stay();
        waitUntil(() -> !question.asked());
        assertEquals("3", dialog.copies().getText());
    }
}
