package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.report.Pdf;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** A case summary, the caseload report and the hearings' summaries made, previewed and saved with no window. */
class DocumentViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile c;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> askedToLeaveAsPlainText = new ArrayList<>();
    private boolean plainTextAllowed = true;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("desk.db"));
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private boolean plainText(String what) {
        askedToLeaveAsPlainText.add(what);
        return plainTextAllowed;
    }

    private DocumentViewModel summary() {
        return DocumentViewModel.caseSummary(desk, c.id(), c.reference(), atOnce, dialogs, this::plainText);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aCaseSummaryIsMadeOffTheScreenAndSavedWhereTheRepChose() throws Exception {
        DocumentViewModel vm = summary();
        assertFalse(vm.readyProperty().get(), "nothing to print or save before it is made");
        vm.make();
        assertEquals(List.of(), atOnce.failures);
        assertTrue(vm.readyProperty().get());
        assertEquals("Case " + c.reference() + " summary", vm.title());
        assertEquals("case-summary-" + c.reference() + ".pdf", vm.fileName());
        int pages = vm.madeProperty().get().pages().size();
        assertEquals(pages == 1 ? "1 page" : pages + " pages", vm.pagesProperty().get());
        assertTrue(text(vm.madeProperty().get().pdf()).contains("Siân Prydderch"));

        Path out = dir.resolve("summary.pdf");
        dialogs.choosing(out);
        vm.saveAs();
        assertArrayEquals(vm.madeProperty().get().pdf(), Files.readAllBytes(out));
        assertEquals("inform", dialogs.last().kind());
        assertEquals(List.of("Case " + c.reference() + " summary saved to " + out + "."), dialogs.last().lines());
        assertEquals(List.of("the PDF \"Case " + c.reference() + " summary\""), askedToLeaveAsPlainText);
    }

    @Test
    void inWelshTheSummaryIsMadeInWelshAndChoosingEnglishMakesItAgain() throws Exception {
        Messages.setLanguage(Messages.WELSH);
        DocumentViewModel vm = summary();
        assertEquals(DocumentLanguage.WELSH, vm.languageProperty().get(), "starts in the app's language");
        assertEquals("Crynodeb achos " + c.reference(), vm.title());
        vm.make();
        int pages = vm.madeProperty().get().pages().size();
        assertEquals(pages == 1 ? "1 dudalen" : pages + " tudalen", vm.pagesProperty().get());
        byte[] welsh = vm.madeProperty().get().pdf();

        vm.languageProperty().set(DocumentLanguage.ENGLISH);
        assertTrue(vm.readyProperty().get());
        byte[] english = vm.madeProperty().get().pdf();
        assertFalse(text(welsh).equals(text(english)), "the words differ between the two languages");
    }

    @Test
    void aSlowerMakingInTheLanguageFirstChosenIsNotShownOverTheOneChosenLater() throws Exception {
        byte[] englishPdf = Pdf.bytes("<html><body><p>English</p></body></html>");
        byte[] welshPdf = Pdf.bytes("<html><body><p>Cymraeg</p></body></html>");
        DocumentViewModel vm = new DocumentViewModel("A test", "test.pdf",
                language -> language == DocumentLanguage.WELSH ? welshPdf : englishPdf, atOnce, dialogs, this::plainText);
        atOnce.holdNext();
        vm.make(); // English, held back
        vm.languageProperty().set(DocumentLanguage.WELSH);
        assertArrayEquals(welshPdf, vm.madeProperty().get().pdf());
        atOnce.release(); // the English making finishes last
        assertArrayEquals(welshPdf, vm.madeProperty().get().pdf(), "the language chosen last is what is shown");
    }

    @Test
    void aDocumentThatCannotBeMadeSaysSoAndOffersNothingToSave() {
        DocumentViewModel vm = new DocumentViewModel("A test", "test.pdf", language -> {
            throw new IOException("the font file is damaged");
        }, atOnce, dialogs, this::plainText);
        vm.make();
        assertEquals(List.of("The document could not be prepared: the font file is damaged"), atOnce.failures);
        assertFalse(vm.readyProperty().get());
        assertNull(vm.madeProperty().get());
        assertFalse(vm.mayPrint());
        vm.saveAs(); // no chooser: ScriptedDialogs would fail the test if asked
        assertEquals(List.of(), dialogs.said());
    }

    @Test
    void nothingIsWrittenWhenPlainTextIsRefusedOrTheRepCancels() {
        DocumentViewModel vm = summary();
        vm.make();
        plainTextAllowed = false;
        vm.saveAs();
        assertFalse(vm.mayPrint(), "a protected file's rep said no to plain text");
        assertEquals(List.of(), dialogs.said());

        plainTextAllowed = true;
        dialogs.choosing(null);
        vm.saveAs();
        assertEquals(List.of("choose"), dialogs.said().stream().map(ScriptedDialogs.Said::kind).toList());
        assertTrue(vm.mayPrint());
    }

    @Test
    void theCaseloadReportAndTheHearingsSummariesAreNamedForToday() throws Exception {
        DocumentViewModel report = DocumentViewModel.caseloadReport(desk, atOnce, dialogs, this::plainText);
        assertEquals("Caseload report", report.title());
        assertEquals("caseload-report-2026-11-23.pdf", report.fileName());
        report.make();
        assertEquals(List.of(), atOnce.failures);
        assertTrue(text(report.madeProperty().get().pdf()).contains("Caseload"));

        DocumentViewModel hearings = DocumentViewModel.hearingSummaries(desk, 14, atOnce, dialogs, this::plainText);
        assertEquals("Case summaries: hearings in the next 14 days", hearings.title());
        assertEquals("hearing-summaries-2026-11-23.pdf", hearings.fileName());
    }
}
