package org.repdesk.ui.handles;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.repdesk.service.Printers;
import org.testfx.api.FxRobot;

/** Print…: the printer, the copies and what became of the job (ui/print). */
public final class PrintDialogHandle extends Handle {

    public PrintDialogHandle(FxRobot robot) {
        super(robot);
    }

    public ComboBox<Printers.Queue> printer() {
        return node("print-printer");
    }

    public TextField copies() {
        return node("print-copies");
    }

    public String copiesProblem() {
        return textOf("print-copies-problem");
    }

    /** The print dialog is open. */
    public boolean open() {
        return present("print-send");
    }

    /** Types {@code n} over the number of copies. */
    public PrintDialogHandle typeCopies(String n) {
        typeInto("print-copies", n);
        return this;
    }

    public Button send() {
        return node("print-send");
    }

    /** "Sent … to …", styled as success or failure. */
    public Label status() {
        return node("print-status");
    }
}
