package org.repdesk.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.repdesk.i18n.Messages;
import org.repdesk.report.Pdf;
import org.repdesk.testing.PostScriptPrinter;
import org.repdesk.ui.Background;
import org.repdesk.ui.handles.PrintDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rep's journey: Print…, the only printer already chosen, two copies, Print, and the confirmation. */
@ExtendWith(ApplicationExtension.class)
class PrintDialogTest {

    private final PostScriptPrinter printer = new PostScriptPrinter();
    private final Background background = new Background();
    private Stage main;

    @Start
    void start(Stage stage) throws Exception {
        main = stage;
        Messages.setLanguage(Messages.ENGLISH);
        byte[] pdf = Pdf.bytes("<html><body><h1>Case 2026-0002 summary</h1><p>Siân Lloyd</p></body></html>");
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        PrintDialog.create(stage, background, new PrintViewModel(printer.only(false), "Case 2026-0002 summary", pdf)).show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        org.repdesk.testing.TestWindows.hideAllBut(robot, main);
        background.shutdown();
    }

    @Test
    void copiesChangedAreAskedAboutOnEscUntilTheJobIsSentThenItClosesAtOnce(FxRobot robot) throws Exception {
        PrintDialogHandle dialog = new PrintDialogHandle(robot);
        waitUntil(30, () -> dialog.printer().getValue() != null);
        dialog.typeCopies("3");
        org.repdesk.ui.handles.ConfirmHandle question = new org.repdesk.ui.handles.ConfirmHandle(robot);

        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(question::asked);
        assertEquals("Discard what was typed in \u201cPrint Case 2026-0002 summary\u201d?", question.question());
        question.stay();
        waitUntil(() -> !question.asked());
        assertTrue(dialog.open());
        assertEquals("3", dialog.copies().getText());

        robot.clickOn(dialog.send());
        waitUntil(30, () -> dialog.status().getText().startsWith("Sent"));
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !dialog.open());
        assertTrue(!question.asked(), "sent: nothing is lost by closing");
    }

    @Test
    void theRepPrintsTwoCopiesOnTheOnlyPrinterAndIsToldItWasSent(FxRobot robot) throws Exception {
        PrintDialogHandle dialog = new PrintDialogHandle(robot);
        ComboBox<org.repdesk.service.Printers.Queue> choice = dialog.printer();
        waitUntil(30, () -> choice.getValue() != null);
        assertEquals(printer.name(), choice.getValue().name());

        TextField copies = dialog.copies();
        robot.doubleClickOn(copies).write("0");
        Button print = dialog.send();
        assertTrue(print.isDisabled(), "0 copies cannot be printed");
        assertEquals("Copies: a whole number from 1 to 99.", dialog.copiesProblem());

        robot.doubleClickOn(copies).write("2");
        robot.clickOn(print);

        Label status = dialog.status();
        waitUntil(30, () -> status.getText().startsWith("Sent"));
        assertEquals("Sent \"Case 2026-0002 summary\" to " + printer.name() + ": 1 page, 2 copies.", status.getText());
        assertTrue(status.getStyleClass().contains("success"));
        assertTrue(printer.printed().contains("/#copies 2") || printer.printed().contains("/NumCopies 2"));
    }
}
