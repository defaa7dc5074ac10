package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** Tagged, searchable PDFs whose pages hold all their text; small groups merged, not hidden. */
class DocumentsEveryoneCanReadTest {

    /** A pasted reference: one 120-character word, wider than the page. */
    static final String PASTED = "REF" + "0A2DCB350A28970C8067DAB029528B3CD1EE58FAF349D285CF2E7DB09563CE919BE3CDA406E045".repeat(2);

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile file;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        Member siân = desk.members().save(aMember().named("Siân Lloyd").number("N12345").build());
        file = desk.cases().open(aCase(siân).openedOn(LocalDate.of(2026, 3, 2)).build());
        desk.cases().addEntry(TimelineEntry.of(file.id(), LocalDate.of(2026, 3, 9), EntryKind.NOTE,
                "Call from the office", "The office manager sent " + PASTED + " and the effect of the final offer."));
        desk.cases().addDeadline(Deadline.of(file.id(), LocalDate.of(2026, 11, 30), "Send Siân Lloyd's OH report", false));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Path summary() throws IOException {
        Path pdf = dir.resolve("summary.pdf");
        Pdf.write(CaseSummaryHtml.render(CaseSummary.of(desk, file.reference())), pdf);
        return pdf;
    }

    private Path subjectAccess() throws IOException {
        SubjectAccessFolder.Written w = SubjectAccessFolder.write(desk, "N12345", dir);
        return w.files().stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }

    private List<Path> everyDocument() throws IOException {
        Path brief = dir.resolve("brief.pdf");
        Pdf.write(BriefHtml.render(new BriefBuilder(desk).build(BriefScope.of(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)), null)), brief);
        Path caseload = dir.resolve("caseload.pdf");
        Pdf.write(CaseloadHtml.render(Caseload.of(desk)), caseload);
        return List.of(summary(), brief, caseload, subjectAccess());
    }

    @Test
    void everyPdfIsTaggedInBritishEnglishWithItsTitleShown() throws IOException {
        for (Path pdf : everyDocument()) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                var catalog = doc.getDocumentCatalog();
                assertNotNull(catalog.getMarkInfo(), pdf + " is tagged");
                assertTrue(catalog.getMarkInfo().isMarked(), pdf + " is tagged");
                assertNotNull(catalog.getStructureTreeRoot(), pdf + " has a structure tree");
                assertEquals("en-GB", catalog.getLanguage(), pdf.toString());
                assertFalse(doc.getDocumentInformation().getTitle() == null
                        || doc.getDocumentInformation().getTitle().isBlank(), pdf + " has a title");
                assertTrue(catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle(),
                        pdf + " shows its title, not its file name");
            }
        }
    }

    @Test
    void copiedTextHasNoLigaturesSoOfficeIsFound() throws IOException {
        for (Path pdf : List.of(summary(), subjectAccess())) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("office") && text.contains("effect") && text.contains("final"), pdf + ": " + text);
                assertFalse(text.chars().anyMatch(ch -> ch >= 0xFB00 && ch <= 0xFB06), pdf + " holds ligatures");
            }
        }
    }

    @Test
    void theSubjectAccessPdfIsArchivalPdfA() throws IOException {
        try (PDDocument doc = Loader.loadPDF(subjectAccess().toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>"), xmp);
            assertTrue(xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"), xmp);
            assertFalse(doc.getDocumentCatalog().getOutputIntents().isEmpty(), "an sRGB output intent");
        }
    }

    @Test
    void aLongUnbrokenWordInANoteWrapsInsideThePageInTheSummaryAndTheSubjectAccessPdf() throws IOException {
        for (Path pdf : List.of(summary(), subjectAccess())) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                float pageWidth = doc.getPage(0).getMediaBox().getWidth();
                float[] rightmost = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition p : positions) {
                            rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj());
                        }
                        super.writeString(text, positions);
                    }
                };
                String text = stripper.getText(doc).replaceAll("\\s+", "");
                assertTrue(text.contains(PASTED), pdf + " prints the whole word");
                // 16 mm right margin: 45 pt; nothing may run into it, let alone off the page.
                assertTrue(rightmost[0] <= pageWidth - 40, pdf + ": text reaches " + rightmost[0] + " of " + pageWidth);
            }
        }
    }

    @Test
    void theBriefsTablesOfCasesRepeatTheirHeaderWhenTheyRunOntoANewPage() {
        String html = BriefHtml.render(new BriefBuilder(desk).build(BriefScope.of(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)), null));
        int byRegion = html.indexOf("<h3>By region</h3>");
        assertTrue(byRegion > 0, html);
        String table = html.substring(byRegion, html.indexOf("</table>", byRegion));
        assertTrue(table.contains("<thead><tr><th>Region</th>"), "the header row is a <thead>, which repeats: " + table);
    }

    @Test
    void monthsAreWrittenTheSameShortWayEveryMonth() {
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Dates.month(YearMonth.of(2026, m)));
        }
        assertEquals(List.of("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026", "Jul 2026",
                "Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026", "Dec 2026"), months);
    }

    @Test
    void smallTopBandsOfTheWmtChartAreMergedIntoTheirNeighbourNotDropped() {
        List<Double> capacities = List.of(95.0, 96.0, 97.0, 115.0, 116.0, 117.0, 125.0, 126.0, 127.0, 135.0, 145.0);

        List<Charts.Band> bands = Charts.capacityBands(capacities, 3);

        Charts.Band top = bands.get(bands.size() - 1);
        assertEquals("120% and over", top.label());
        assertEquals(5, top.members(), "130–140% (1) and 140% and over (1) joined 120–130% (3)");
        assertEquals(capacities.size(), bands.stream().mapToInt(Charts.Band::members).sum(), "no member dropped");
        assertTrue(bands.stream().allMatch(b -> b.members() == 0 || b.members() >= 3), bands.toString());
    }

    @Test
    void theCaseloadReportSaysOneDemandHasAndPrintsNoDeadlineTitles() {
        Map<DemandStatus, Integer> none = new EnumMap<>(DemandStatus.class);
        Caseload.DueItem due = new Caseload.DueItem(UUID.randomUUID(), "2026-0001", CaseType.CAPABILITY,
                LocalDate.of(2026, 11, 30), "Send Siân Lloyd's OH report", false);
        Caseload c = new Caseload(LocalDate.of(2026, 11, 23), 1, 0, Map.of(), 1, List.of(due), 0, List.of(), 1, 0,
                null, 0, none, 1);

        String html = CaseloadHtml.render(c);

        assertTrue(html.contains("1 demand has an employer promise past its date."), html);
        assertFalse(html.contains("1 demands"), html);
        assertFalse(html.contains("Siân") || html.contains("Lloyd"), "a deadline's title may name the member");
        assertTrue(html.contains("2026-0001") && html.contains("Deadline"), html);
    }
}
