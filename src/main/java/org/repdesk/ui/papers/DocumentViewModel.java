package org.repdesk.ui.papers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;
import org.repdesk.report.CaseSummary;
import org.repdesk.report.CaseSummaryHtml;
import org.repdesk.report.Caseload;
import org.repdesk.report.CaseloadHtml;
import org.repdesk.report.Pdf;
import org.repdesk.service.OwnerOnlyFile;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.common.Latest;

/**
 * A document RepDesk makes (a case's summary, the caseload report, the summaries of the cases with
 * a hearing soon), previewed to print or save: in the app's language at first, in English, Welsh
 * or both when chosen (the command line's {@code --lang}: a member may use Welsh in their own
 * hearing). The PDF and its pages are made through the {@link Runner}, never on the FX thread.
 */
public final class DocumentViewModel {

    /** How the pages are drawn for the preview: sharp enough to read at the dialog's size. */
    static final float PREVIEW_DPI = 110;

    /** Makes the document's PDF in a language, on the worker. */
    @FunctionalInterface
    public interface Make {
        byte[] in(DocumentLanguage language) throws Exception;
    }

    /** A document made: its PDF and each page drawn for the preview. */
    public record Made(byte[] pdf, List<byte[]> pages) {
    }

    private final String title;
    private final String fileName;
    private final Make make;
    private final Runner runner;
    private final Dialogs dialogs;
    private final Predicate<String> plainTextAllowed;
    private final ObjectProperty<DocumentLanguage> language = new SimpleObjectProperty<>(DocumentLanguage.ofApp());
    private final ReadOnlyObjectWrapper<Made> made = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pagesWords = new ReadOnlyStringWrapper("");
    // The language last chosen: a slower, earlier making is not shown over it.
    private final Latest latest = new Latest();

    /**
     * @param fileName         offered when saving
     * @param plainTextAllowed asks, for a protected file, whether {@code what} may leave it as plain text
     */
    public DocumentViewModel(String title, String fileName, Make make, Runner runner, Dialogs dialogs,
            Predicate<String> plainTextAllowed) {
        this.title = title;
        this.fileName = fileName;
        this.make = make;
        this.runner = runner;
        this.dialogs = dialogs;
        this.plainTextAllowed = plainTextAllowed;
        language.addListener((o, was, now) -> make());
    }

    /** A case's summary (File ▸ Print, the case's "Summary" button). */
    public static DocumentViewModel caseSummary(RepDesk desk, UUID caseId, String reference, Runner runner,
            Dialogs dialogs, Predicate<String> plainTextAllowed) {
        return new DocumentViewModel(Messages.text("print.job.case", Map.of("ref", reference)),
                "case-summary-" + reference + ".pdf",
                language -> Pdf.bytes(CaseSummaryHtml.render(CaseSummary.of(desk, caseId), language)),
                runner, dialogs, plainTextAllowed);
    }

    /** The caseload report (the dashboard's button, File ▸ Caseload report…). */
    public static DocumentViewModel caseloadReport(RepDesk desk, Runner runner, Dialogs dialogs,
            Predicate<String> plainTextAllowed) {
        return new DocumentViewModel(Messages.text("boards.dash.reportTitle"),
                "caseload-report-" + desk.cases().today() + ".pdf",
                language -> Pdf.bytes(CaseloadHtml.render(Caseload.of(desk), language)),
                runner, dialogs, plainTextAllowed);
    }

    /** The summaries of every case with a hearing within {@code days}, one after another (the dashboard's button). */
    public static DocumentViewModel hearingSummaries(RepDesk desk, int days, Runner runner, Dialogs dialogs,
            Predicate<String> plainTextAllowed) {
        return new DocumentViewModel(Messages.text("print.job.hearings", Map.of("n", days)),
                "hearing-summaries-" + desk.cases().today() + ".pdf",
                language -> Pdf.bytes(CaseSummaryHtml.render(CaseSummary.withHearingWithin(desk, days).stream()
                        .map(id -> CaseSummary.of(desk, id)).toList(), language)),
                runner, dialogs, plainTextAllowed);
    }

    /** Makes the document in the language chosen; until it is made, Print and Save wait. */
    public void make() {
        DocumentLanguage chosen = language.get();
        ready.set(false);
        made.set(null);
        pagesWords.set("");
        runner.run(Messages.text("screens.document.failed"), () -> {
            byte[] bytes = make.in(chosen);
            return new Made(bytes, Pdf.pagesAsPng(bytes, PREVIEW_DPI));
        }, latest.ask(m -> {
            made.set(m);
            pagesWords.set(Messages.text("screens.document.pages", Map.of("n", m.pages().size())));
            ready.set(true);
        }));
    }

    /**
     * True when the made PDF may go to a printer (for a protected file the rep is asked first: it
     * leaves the file as plain text); the view then opens the print dialog over it.
     */
    public boolean mayPrint() {
        return ready.get() && plainTextAllowed.test(Messages.text("print.consent"));
    }

    /**
     * Save as PDF…: asked first for a protected file, then where; written owner-only, whole or not
     * at all, and the rep told where it went. Nothing happens when the rep cancels either question.
     */
    public void saveAs() {
        Made m = made.get();
        if (m == null || !plainTextAllowed.test(Messages.text("screens.document.what", Map.of("title", title)))) {
            return;
        }
        dialogs.chooseFileToSave(Messages.text("screens.document.saveTitle", Map.of("title", title)), fileName,
                Dialogs.FileType.of(Messages.text("screens.document.pdfFiles"), "*.pdf")).ifPresent(file -> save(m.pdf(), file));
    }

    private void save(byte[] pdf, Path file) {
        runner.run(Messages.text("screens.document.notSaved"), () -> {
            OwnerOnlyFile.write(file, out -> out.write(pdf));
            return Files.size(file);
        }, size -> dialogs.inform(Messages.text("screens.document.saved"),
                List.of(Messages.text("screens.document.savedTo", Map.of("title", title, "file", file.toString())))));
    }

    public String title() {
        return title;
    }

    /** The name offered when saving ("case-summary-CAP-2026-001.pdf"). */
    public String fileName() {
        return fileName;
    }

    /** English, Welsh or both; choosing makes the document again. */
    public ObjectProperty<DocumentLanguage> languageProperty() {
        return language;
    }

    /** The PDF and its pages once made in the language chosen; null while it is being made. */
    public ReadOnlyObjectProperty<Made> madeProperty() {
        return made.getReadOnlyProperty();
    }

    /** Print and Save are offered once the document is made. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** "3 pages", once made. */
    public ReadOnlyStringProperty pagesProperty() {
        return pagesWords.getReadOnlyProperty();
    }
}
