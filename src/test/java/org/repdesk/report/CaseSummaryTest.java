package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

class CaseSummaryTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile hearingSoon;
    private CaseFile hearingLater;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        Member siân = desk.members().save(aMember().named("Siân Lloyd-Ōta").number("N-1").build());
        hearingSoon = desk.cases().open(aCase(siân).openedOn(LocalDate.of(2026, 6, 1)).build());
        desk.cases().addDeadline(Deadline.of(hearingSoon.id(), LocalDate.of(2026, 11, 30), "Formal stage 1 hearing", true));
        desk.cases().addDeadline(Deadline.of(hearingSoon.id(), LocalDate.of(2026, 11, 2), "Send OH report", false));
        for (int i = 0; i < 20; i++) {
            desk.cases().addEntry(TimelineEntry.of(hearingSoon.id(), LocalDate.of(2026, 7, 1).plusDays(i), EntryKind.NOTE,
                    "Note " + i, i == 19 ? "Long account. ".repeat(800) : "Short note " + i));
        }
        for (int w = 0; w < 5; w++) {
            desk.workload().add(WorkloadRecord.of(siân.id(), LocalDate.of(2026, 9, 7).plusWeeks(w), 125.0, 1800.0,
                    37.0, 0.0, 61, 48.0, "Court reports"));
        }
        Member zoë = desk.members().save(aMember().named("Zoë").number("N-2").build());
        hearingLater = desk.cases().open(aCase(zoë).openedOn(LocalDate.of(2026, 6, 1)).build());
        desk.cases().addDeadline(Deadline.of(hearingLater.id(), LocalDate.of(2027, 2, 1), "Appeal hearing", true));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aSummaryFitsTwoPagesEvenWithALongTimelineAndSaysWhatItLeftOut() throws Exception {
        CaseSummary s = CaseSummary.of(desk, hearingSoon.reference());
        assertEquals(CaseSummary.TIMELINE_ENTRIES, s.timeline().size());
        assertEquals(21 - CaseSummary.TIMELINE_ENTRIES, s.olderEntries(), "20 notes and the opening entry");
        assertTrue(s.excessiveSince().isPresent());
        Path pdf = dir.resolve("summary.pdf");
        Pdf.write(CaseSummaryHtml.render(s), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() <= 2, doc.getNumberOfPages() + " pages");
        }
        String text = BriefTest.text(pdf);
        assertTrue(text.contains("Siân Lloyd-Ōta"));
        assertTrue(text.contains("OVERDUE"), "the OH report was due 02/11/2026");
        assertTrue(text.contains("more characters in RepDesk"));
        assertTrue(text.contains("9 older entries are not printed"));
        keep(pdf, "summary-test.pdf");
    }

    @Test
    void theBatchHoldsTheCasesWithAHearingInTheNextDaysSoonestFirst() throws Exception {
        assertEquals(List.of(hearingSoon.id()), CaseSummary.withHearingWithin(desk, 14));
        assertEquals(List.of(hearingSoon.id(), hearingLater.id()), CaseSummary.withHearingWithin(desk, 90));
        List<CaseSummary> batch = CaseSummary.withHearingWithin(desk, 90).stream()
                .map(id -> CaseSummary.of(desk, id)).toList();
        Path pdf = dir.resolve("batch.pdf");
        Pdf.write(CaseSummaryHtml.render(batch), pdf);
        String text = BriefTest.text(pdf);
        assertTrue(text.indexOf("Siân") < text.indexOf("Zoë"));
    }

    @Test
    void theCaseloadReportListsDeadlinesByReferenceNotName() throws Exception {
        Caseload c = Caseload.of(desk);
        assertEquals(2, c.openCases());
        assertEquals(1, c.overdue().size());
        assertEquals(1, c.dueSoon().size(), "the hearing on 30/11 is within 14 days of 23/11");
        assertEquals(1, c.membersOverThreshold());
        Path pdf = dir.resolve("caseload.pdf");
        Pdf.write(CaseloadHtml.render(c), pdf);
        String text = BriefTest.text(pdf);
        assertTrue(text.contains(hearingSoon.reference()));
        assertTrue(!text.contains("Siân") && !text.contains("Zoë"));
        keep(pdf, "caseload-test.pdf");
    }

    private static void keep(Path pdf, String name) throws Exception {
        if (System.getProperty("repdesk.keepReports") != null) {
            Files.copy(pdf, Path.of(System.getProperty("repdesk.keepReports"), name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
