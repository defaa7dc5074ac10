package org.repdesk.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;
import org.repdesk.report.Pdf;
import org.repdesk.service.Printers;
import org.repdesk.testing.PdfQueue;
import org.repdesk.testing.PostScriptPrinter;

class PrintViewModelTest {

    private final PostScriptPrinter printer = new PostScriptPrinter();
    private byte[] pdf;

    @BeforeEach
    void aSummary() throws Exception {
        Messages.setLanguage(Messages.ENGLISH);
        pdf = Pdf.bytes("<html><body><h1>Case 2026-0002 summary</h1><p>Siân Lloyd</p></body></html>");
    }

    private PrintViewModel over(Printers printers) {
        PrintViewModel vm = new PrintViewModel(printers, "Case 2026-0002 summary", pdf);
        vm.queuesFound(vm.findQueues());
        return vm;
    }

    @Test
    void theDefaultPrinterIsChosenAndTheOthersOffered() {
        PdfQueue office = new PdfQueue("Office");
        PdfQueue reception = new PdfQueue("Reception");

        PrintViewModel vm = over(PostScriptPrinter.queues(List.of(office, reception), reception));

        assertEquals("Reception", vm.printerProperty().get().name());
        assertEquals(List.of("Reception", "Office"), vm.queues().stream().map(Printers.Queue::name).toList());
        assertTrue(vm.canPrintProperty().get());
    }

    @Test
    void withNoDefaultTheFirstPrinterIsChosenRatherThanSayingThereIsNone() {
        PrintViewModel vm = over(printer.only(false));

        assertEquals(printer.name(), vm.printerProperty().get().name());
        assertEquals("", vm.statusProperty().get());
        assertTrue(vm.canPrintProperty().get());
    }

    @Test
    void withNoPrinterTheRepIsToldAndCannotPrint() {
        PrintViewModel vm = over(PostScriptPrinter.none());

        assertEquals(Messages.text("print.none"), vm.statusProperty().get());
        assertTrue(vm.failedProperty().get());
        assertFalse(vm.canPrintProperty().get());
        assertNull(vm.startJob());
    }

    @Test
    void copiesMustBeAWholeNumberFromOneTo99SaidBesideTheField() {
        PrintViewModel vm = over(printer.only(true));
        for (String wrong : List.of("0", "", "two", "100", "-1", "1.5")) {
            vm.copiesProperty().set(wrong);
            assertEquals("Copies: a whole number from 1 to 99.", vm.copiesProblemProperty().get(), wrong);
            assertFalse(vm.canPrintProperty().get(), wrong);
        }
        vm.copiesProperty().set(" 3 ");
        assertEquals("", vm.copiesProblemProperty().get());
        assertEquals(3, vm.startJob().copies());
    }

    @Test
    void aJobThatReachesThePrinterIsConfirmedInOneLine() {
        PrintViewModel vm = over(printer.only(true));
        vm.paperProperty().set(Printers.Paper.LETTER);

        Printers.Job job = vm.startJob();
        assertTrue(vm.busyProperty().get());
        assertFalse(vm.canPrintProperty().get(), "one job at a time");
        vm.sent(vm.send(job));

        assertEquals(Printers.Paper.LETTER, job.paper());
        assertEquals("Sent \"Case 2026-0002 summary\" to " + printer.name() + ": 1 page, 1 copy.", vm.statusProperty().get());
        assertTrue(vm.sentProperty().get());
        assertEquals(1, printer.pages());
        assertTrue(vm.canPrintProperty().get(), "another copy can follow");
    }

    @Test
    void aJobThePrintSystemCannotTakeSaysWhatToDoAndIsNotConfirmed() {
        PrintViewModel vm = over(printer.unreachable(Messages.text("print.noLpr")));

        vm.sent(vm.send(vm.startJob()));

        assertFalse(vm.sentProperty().get());
        assertTrue(vm.failedProperty().get());
        assertTrue(vm.statusProperty().get().contains("cups-bsd"), vm.statusProperty().get());
        assertEquals(0, printer.pages());
    }
}
