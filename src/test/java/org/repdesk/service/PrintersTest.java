package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.StreamPrintService;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;
import org.repdesk.report.Pdf;
import org.repdesk.testing.PdfQueue;

class PrintersTest {

    private static final String SUMMARY = "<html><head><style>body { font-family: 'DejaVu Sans'; }</style></head>"
            + "<body><h1>Case 2026-0002 summary</h1><p>Siân Lloyd: formal stage 1 hearing on 30 November.</p>"
            + "<p style='page-break-before: always'>Timeline</p></body></html>";

    private final ByteArrayOutputStream postScript = new ByteArrayOutputStream();
    private StreamPrintService toPostScript;

    @BeforeEach
    void aPostScriptPrinter() {
        Messages.setLanguage(Messages.ENGLISH);
        toPostScript = PrinterJob.lookupStreamPrintServices("application/postscript")[0].getPrintService(postScript);
    }

    private static Printers.PrintSystem system(List<PrintService> services, PrintService marked, String blocked) {
        return new Printers.PrintSystem() {
            @Override
            public List<PrintService> services() {
                return services;
            }

            @Override
            public Optional<PrintService> defaultService() {
                return Optional.ofNullable(marked);
            }

            @Override
            public Optional<String> cannotHandOver(PrintService service) {
                return Optional.ofNullable(blocked);
            }
        };
    }

    private Printers.Job summaryOn(String printer, int copies) throws Exception {
        return new Printers.Job("Case 2026-0002 summary", Pdf.bytes(SUMMARY), printer, Printers.Paper.A4, copies);
    }

    @Test
    void aSummaryReachesThePrinterAsVectorPagesNotAsPictures() throws Exception {
        Printers printers = new Printers(system(List.of(toPostScript), null, null));

        int pages = printers.print(summaryOn(toPostScript.getName(), 1));

        String ps = postScript.toString(StandardCharsets.ISO_8859_1);
        assertEquals(2, pages);
        assertTrue(ps.startsWith("%!PS"), ps.substring(0, 20));
        assertEquals(2, ps.split("%%Page: ", -1).length - 1, "one PostScript page per PDF page");
        // The letters are drawn as outlines (curves filled by the printer at its own resolution) ...
        assertTrue(ps.contains(" C\n") || ps.contains(" curveto"), "glyph outlines");
        // ... and no page is a picture: the JavaFX snapshot printing sent one image per page.
        assertFalse(ps.contains("colorimage") || ps.contains(" image\n"), "a page went as an image");
        assertTrue(postScript.size() < 400_000, "size " + postScript.size());
    }

    @Test
    void theJobIsNamedAfterTheDocumentAndAsksForThePaperAndCopies() throws Exception {
        var attributes = Printers.requestFor(summaryOn(toPostScript.getName(), 2), toPostScript);

        assertEquals("Case 2026-0002 summary", ((JobName) attributes.get(JobName.class)).getValue());
        assertEquals(2, ((Copies) attributes.get(Copies.class)).getValue());
        assertEquals(MediaSizeName.ISO_A4, attributes.get(Media.class));
    }

    @Test
    void printersAreListedWhenNoneIsMarkedAsTheDefault() {
        Printers printers = new Printers(system(List.of(toPostScript), null, null));

        assertEquals(List.of(new Printers.Queue(toPostScript.getName(), false)), printers.queues());
        assertEquals(Optional.of(new Printers.Queue(toPostScript.getName(), false)), printers.preselected());
    }

    @Test
    void theDefaultPrinterIsOfferedFirst() {
        PrintService other = PrinterJob.lookupStreamPrintServices("application/postscript")[0]
                .getPrintService(new ByteArrayOutputStream());
        Printers printers = new Printers(system(List.of(toPostScript, other), other, null));

        assertTrue(printers.preselected().orElseThrow().isDefault());
    }

    @Test
    void anUnknownPrinterIsRefusedNamingThePrintersThereAre() throws Exception {
        Printers printers = new Printers(system(List.of(toPostScript), null, null));

        Printers.PrintFailure e = assertThrows(Printers.PrintFailure.class, () -> printers.print(summaryOn("Office", 1)));

        assertTrue(e.getMessage().contains("Office") && e.getMessage().contains(toPostScript.getName()), e.getMessage());
        assertEquals(0, postScript.size());
    }

    @Test
    void withNoPrintersTheRepIsToldSo() {
        Printers printers = new Printers(system(List.of(), null, null));

        assertTrue(printers.preselected().isEmpty());
        Printers.PrintFailure e = assertThrows(Printers.PrintFailure.class, () -> printers.queueNamed("PDF"));
        assertEquals(Messages.text("print.none"), e.getMessage());
    }

    @Test
    void aJobThatCannotLeaveTheComputerIsNotReportedAsPrinted() throws Exception {
        Printers printers = new Printers(system(List.of(toPostScript), null, "install cups-bsd"));

        Printers.PrintFailure e = assertThrows(Printers.PrintFailure.class,
                () -> printers.print(summaryOn(toPostScript.getName(), 1)));

        assertEquals("install cups-bsd", e.getMessage());
        assertEquals(0, postScript.size());
    }

    @Test
    void copiesAreAskedOfThePrinter() throws Exception {
        new Printers(system(List.of(toPostScript), null, null)).print(summaryOn(toPostScript.getName(), 3));

        String ps = postScript.toString(StandardCharsets.ISO_8859_1);
        assertTrue(ps.contains("/#copies 3 def") || ps.contains("/NumCopies 3"), "copies in the job");
    }

    @Test
    void aQueueThatTakesPdfIsGivenTheDocumentItselfSoItsFontsReachThePaper() throws Exception {
        PdfQueue cups = new PdfQueue("Office");
        Printers.Job job = summaryOn("Office", 2);

        assertEquals(2, new Printers(system(List.of(cups), cups, null)).print(job));

        assertEquals(1, cups.jobs().size());
        assertArrayEquals(job.pdf(), cups.jobs().get(0).pdf());
        assertEquals("Case 2026-0002 summary", ((JobName) cups.jobs().get(0).attributes().get(JobName.class)).getValue());
        assertEquals(2, ((Copies) cups.jobs().get(0).attributes().get(Copies.class)).getValue());
    }

    @Test
    void aQueueThatRefusesTheJobIsReportedInOneLine() throws Exception {
        PdfQueue cups = new PdfQueue("Office", "Printer is not accepting job.");

        Printers.PrintFailure e = assertThrows(Printers.PrintFailure.class,
                () -> new Printers(system(List.of(cups), null, null)).print(summaryOn("office", 1)));

        assertEquals("The printer \"Office\" did not take the job: Printer is not accepting job.", e.getMessage());
    }

    @Test
    void zeroCopiesIsNotAJob() {
        assertThrows(IllegalArgumentException.class, () -> summaryOn("PDF", 0));
    }
}
