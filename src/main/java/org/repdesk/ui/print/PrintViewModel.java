package org.repdesk.ui.print;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Printers;

/**
 * The print dialog's state: the printers there are, the chosen printer, paper and copies, what is
 * wrong with them, and what became of the job. The slow steps ({@link #findQueues}, {@link #send})
 * touch no property, so the view runs them off the FX thread and hands their results to
 * {@link #queuesFound} and {@link #sent} on it.
 */
public final class PrintViewModel {

    /** What became of a job: the rep's one line, and whether it reached the print system. */
    public record Outcome(boolean sent, String message) {
    }

    private final Printers printers;
    private final String title;
    private final byte[] pdf;

    private final ObservableList<Printers.Queue> queues = FXCollections.observableArrayList();
    private final ObjectProperty<Printers.Queue> printer = new SimpleObjectProperty<>();
    private final ObjectProperty<Printers.Paper> paper = new SimpleObjectProperty<>(Printers.Paper.A4);
    private final StringProperty copies = new SimpleStringProperty("1");
    private final ReadOnlyStringWrapper copiesProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.text("print.dialog.finding"));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper sent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPrint = new ReadOnlyBooleanWrapper(false);

    /** The job {@code title} for the PDF {@code pdf}, to any of this computer's print queues. */
    public static PrintViewModel onThisComputer(String title, byte[] pdf) {
        return new PrintViewModel(Printers.ofThisComputer(), title, pdf);
    }

    public PrintViewModel(Printers printers, String title, byte[] pdf) {
        this.printers = printers;
        this.title = title;
        this.pdf = pdf;
        copiesProblem.bind(Bindings.createStringBinding(() -> copiesNumber() > 0 ? ""
                : Messages.text("print.copies.problem", Map.of("max", Printers.MAX_COPIES)), copies));
        canPrint.bind(printer.isNotNull().and(copiesProblem.isEmpty()).and(busy.not()));
    }

    /** The document's name, as the job will be called in the queue. */
    public String title() {
        return title;
    }

    /** Off the FX thread: the computer's print queues. */
    public List<Printers.Queue> findQueues() {
        return printers.queues();
    }

    /** On the FX thread: offers the queues, the default (or else the first) chosen. */
    public void queuesFound(List<Printers.Queue> found) {
        queues.setAll(found);
        printer.set(found.isEmpty() ? null : found.get(0));
        busy.set(false);
        status.set(found.isEmpty() ? Messages.text("print.none") : "");
        failed.set(found.isEmpty());
    }

    /** On the FX thread, when the rep presses Print: the job as chosen; null when it cannot print. */
    public Printers.Job startJob() {
        if (!canPrint.get()) {
            return null;
        }
        busy.set(true);
        sent.set(false);
        failed.set(false);
        status.set(Messages.text("print.dialog.sending", Map.of("printer", printer.get().name())));
        return new Printers.Job(title, pdf, printer.get().name(), paper.get(), copiesNumber());
    }

    /** Off the FX thread: hands the job to the print system; a refusal becomes the rep's one line. */
    public Outcome send(Printers.Job job) {
        try {
            int pages = printers.print(job);
            return new Outcome(true, Messages.text("print.sent", Map.of("title", job.title(), "printer", job.printer(),
                    "pages", pages, "copies", job.copies())));
        } catch (Printers.PrintFailure e) {
            return new Outcome(false, e.getMessage());
        }
    }

    /** On the FX thread: shows what became of the job. */
    public void sent(Outcome outcome) {
        busy.set(false);
        sent.set(outcome.sent());
        failed.set(!outcome.sent());
        status.set(outcome.message());
    }

    private int copiesNumber() {
        String text = copies.get() == null ? "" : copies.get().strip();
        if (!text.matches("\\d{1,3}")) {
            return 0;
        }
        int n = Integer.parseInt(text);
        return n >= 1 && n <= Printers.MAX_COPIES ? n : 0;
    }

    public ObservableList<Printers.Queue> queues() {
        return queues;
    }

    public ObjectProperty<Printers.Queue> printerProperty() {
        return printer;
    }

    public ObjectProperty<Printers.Paper> paperProperty() {
        return paper;
    }

    public StringProperty copiesProperty() {
        return copies;
    }

    public ReadOnlyStringProperty copiesProblemProperty() {
        return copiesProblem.getReadOnlyProperty();
    }

    /** "Looking for printers…", "Sending…", the confirmation, or why it did not print. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the last job reached the print system. */
    public ReadOnlyBooleanProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    /** True when the status says why nothing was printed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPrintProperty() {
        return canPrint.getReadOnlyProperty();
    }
}
