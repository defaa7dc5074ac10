package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** A case summary, a brief and a subject access response in Welsh, and in both languages, as a Welsh member would read them. */
class BilingualDocumentsTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile file;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        Member siân = desk.members().save(aMember().named("Siân Lloyd").number("N12345").build());
        file = desk.cases().open(aCase(siân).type(CaseType.CAPABILITY, "Informal stage").openedOn(LocalDate.of(2026, 3, 2)).build());
        desk.cases().addEntry(TimelineEntry.of(file.id(), LocalDate.of(2026, 3, 9), EntryKind.MEETING,
                "Cyfarfod â'r rheolwr", "Nodiadau'r aelod, fel y'u teipiwyd."));
        desk.cases().addDeadline(Deadline.of(file.id(), LocalDate.of(2026, 12, 7), "Appeal letter", true));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private record Read(String language, String text, int pages, String firstPage, String lastPage) {
    }

    private Read pdf(String xhtml, String name) throws IOException {
        Path pdf = dir.resolve(name);
        Pdf.write(xhtml, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper all = new PDFTextStripper();
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            return new Read(doc.getDocumentCatalog().getLanguage(), oneLine(all.getText(doc)), doc.getNumberOfPages(),
                    oneLine(first.getText(doc)), oneLine(last.getText(doc)));
        }
    }

    /** The words with the PDF's line breaks taken out (a long heading wraps in a narrow cell). */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aWelshSummaryIsTaggedWelshAndSpeaksWelshAroundTheRepsOwnWords() throws IOException {
        Read r = pdf(CaseSummaryHtml.render(CaseSummary.of(desk, file.id()), DocumentLanguage.WELSH), "cy.pdf");
        assertEquals("cy-GB", r.language());
        for (String welsh : new String[] {"Crynodeb achos " + file.reference(), "Achos gallu · Ar agor", "Terfynau amser a gwrandawiadau",
            "Gwrandawiad:", "Llinell amser", "Cyfarfod", "Tudalen 1 o 1", "CYFRINACHOL"}) {
            assertTrue(r.text().contains(welsh), welsh + " in\n" + r.text());
        }
        assertTrue(r.text().contains("Nodiadau'r aelod, fel y'u teipiwyd."), "the rep's note as typed");
        assertFalse(r.text().contains("Achos Gallu"), "the case's type is lower case mid-phrase");
        for (String english : new String[] {"Case summary", "Deadlines and hearings", "Timeline", "Page 1"}) {
            assertFalse(r.text().contains(english), english + " left in the Welsh summary");
        }
    }

    @Test
    void aSummaryInBothLanguagesIsEnglishThenWelshFromANewPage() throws IOException {
        Read r = pdf(CaseSummaryHtml.render(CaseSummary.of(desk, file.id()), DocumentLanguage.BOTH), "both.pdf");
        assertEquals("en-GB", r.language(), "the document opens in English");
        assertEquals(2, r.pages());
        assertTrue(r.firstPage().contains("Deadlines and hearings") && !r.firstPage().contains("Terfynau amser"),
                r.firstPage());
        assertTrue(r.lastPage().contains("Terfynau amser a gwrandawiadau") && !r.lastPage().contains("Deadlines and"),
                r.lastPage());
        assertTrue(r.text().contains("Page 1 of 2 Tudalen 1 o 2"), r.text());
    }

    @Test
    void aWelshBriefWritesItsDatesAndMonthsInWelsh() throws IOException {
        Brief brief = new BriefBuilder(desk).build(BriefScope.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), null);
        String html = BriefHtml.render(brief, DocumentLanguage.WELSH);
        assertTrue(html.contains("lang=\"cy-GB\""));
        assertTrue(html.contains("Briff negodi"));
        assertTrue(html.contains("Paratowyd "), "prepared, in Welsh");
        assertTrue(html.contains("Ffigurau allweddol"));
        String md = BriefMarkdown.render(brief, DocumentLanguage.BOTH);
        int rule = md.indexOf("\n---\n");
        assertTrue(rule > 0 && md.indexOf("# Negotiation brief") < rule && md.indexOf("# Briff negodi") > rule, md);
        Read r = pdf(BriefHtml.render(brief, DocumentLanguage.WELSH), "brief-cy.pdf");
        assertEquals("cy-GB", r.language());
        assertFalse(r.text().contains("Negotiation brief"), r.text());
    }

    @Test
    void aSubjectAccessResponseCanBeInWelsh() throws IOException {
        SubjectAccessFolder.Written w = SubjectAccessFolder.write(desk, "N12345", dir, DocumentLanguage.WELSH);
        Path pdf = w.files().stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals("cy-GB", doc.getDocumentCatalog().getLanguage());
            String text = oneLine(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("Eich data sydd gan gynrychiolydd eich undeb"), text);
            assertTrue(text.contains("Cofnod yr aelod"), text);
        }
    }

    @Test
    void monthsAndLongDatesReadInWelsh() {
        assertEquals("5 Rhagfyr 2026", Dates.longForm(org.repdesk.i18n.Messages.WELSH, LocalDate.of(2026, 12, 5)));
        assertEquals("Chwef 2027", Dates.month(org.repdesk.i18n.Messages.WELSH, java.time.YearMonth.of(2027, 2)));
        java.time.format.DateTimeFormatter jdk = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                org.repdesk.i18n.Messages.WELSH);
        for (int m = 1; m <= 12; m++) {
            LocalDate d = LocalDate.of(2026, m, 14);
            assertEquals(jdk.format(d), Dates.longForm(org.repdesk.i18n.Messages.WELSH, d), "the JDK's CLDR month names");
        }
    }

    @Test
    void aStartingStageAndTheChangesReadInWelshInTheCaseloadReportAndTheSubjectAccessResponse() throws IOException {
        CaseFile started = desk.cases().open(aCase(desk.members().all().get(0))
                .type(CaseType.CAPABILITY, "Informal stage (support and improvement plan)").openedOn(LocalDate.of(2026, 4, 1))
                .build());
        desk.cases().update(started.withStage("Formal stage 2 (final written warning)"));
        String caseload = CaseloadHtml.render(Caseload.of(desk), DocumentLanguage.WELSH);
        assertTrue(caseload.contains("Cam ffurfiol 2 (rhybudd ysgrifenedig terfynol)"), caseload);
        assertFalse(caseload.contains("final written warning"), caseload);
        assertTrue(caseload.contains("Informal stage<"), "the rep's own stage name as written: " + caseload);

        SubjectAccessFolder.Written w = SubjectAccessFolder.write(desk, "N12345", dir, DocumentLanguage.WELSH);
        Path pdf = w.files().stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = oneLine(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("newidiwyd cam o gam anffurfiol"), text);
            assertTrue(text.contains("(enw’r cynrychiolydd heb ei osod)"), text);
            assertFalse(text.contains("stage changed from"), "the trail, not the timeline as typed: " + text);
            assertFalse(text.contains("rep's name not set"), text);
        }
    }
}
