package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.anAbsence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** The absence record on the case summary, and sickness-absence cases by reason in the brief. */
class AbsenceReportTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    private RepDesk desk;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private CaseFile sicknessCaseOf(Member m) {
        return desk.cases().open(aCase(m).type(CaseType.SICKNESS_ABSENCE, "Consideration point")
                .openedOn(LocalDate.of(2026, 9, 1)).build());
    }

    @Test
    void theSicknessAbsenceSummaryCarriesTheCalculationBothWaysAndThePicture() throws Exception {
        Member siân = desk.members().save(aMember().named("Siân Jones").number("N-1").build());
        CaseFile c = sicknessCaseOf(siân);
        desk.absences().add(anAbsence(siân).from("2026-02-02").to("2026-02-04").build());
        desk.absences().add(anAbsence(siân).from("2026-04-13").to("2026-04-17").disabilityRelated().build());

        CaseSummary s = CaseSummary.of(desk, c.id());
        String html = CaseSummaryHtml.render(s);
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(Pdf.bytes(html))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }

        assertTrue(s.absence().isPresent());
        assertTrue(html.contains("<img class=\"chart\" style=\"width: 100%\" alt=\"The rolling window as a strip"), html);
        assertTrue(html.contains("data:image/png;base64,"));
        assertTrue(text.contains("As the policy is written: 8 days, 2 spells: trigger reached by days"), text);
        assertTrue(text.contains("Without disability-related absence: 3 days, 1 spell: trigger not reached"), text);
    }

    @Test
    void otherCasesHaveNoAbsenceSection() {
        Member m = desk.members().save(aMember().build());
        CaseFile capability = desk.cases().open(aCase(m).build());

        assertFalse(CaseSummary.of(desk, capability.id()).absence().isPresent());
        assertFalse(CaseSummaryHtml.render(CaseSummary.of(desk, capability.id())).contains("attendance trigger"));
    }

    @Test
    void theBriefCountsSicknessCasesByMainReasonWithStressFirstAndSmallGroupsMerged() {
        for (int i = 0; i < 4; i++) {
            Member m = desk.members().save(aMember().named("Stress " + i).build());
            sicknessCaseOf(m);
            desk.absences().add(anAbsence(m).from("2026-05-04").to("2026-05-15").reason(AbsenceReason.WORK_RELATED_STRESS)
                    .build());
            desk.absences().add(anAbsence(m).from("2026-07-06").to("2026-07-07").reason(AbsenceReason.INFECTION).build());
        }
        for (int i = 0; i < 3; i++) {
            Member m = desk.members().save(aMember().named("Back " + i).build());
            sicknessCaseOf(m);
            desk.absences().add(anAbsence(m).from("2026-05-04").to("2026-05-08").reason(AbsenceReason.MUSCULOSKELETAL)
                    .build());
        }
        Member flu = desk.members().save(aMember().named("Flu").build());
        sicknessCaseOf(flu);
        desk.absences().add(anAbsence(flu).from("2026-03-02").to("2026-03-03").reason(AbsenceReason.INFECTION).build());
        sicknessCaseOf(desk.members().save(aMember().named("Nothing recorded").build()));

        Brief b = new BriefBuilder(desk).build(BriefScope.of(FROM, TO), null);
        Brief.AbsenceReasons r = b.evidence().absenceReasons();

        assertEquals(9, r.cases().value());
        assertEquals(4, r.workRelatedStress().value());
        assertEquals(List.of("Work-related stress=4", "Musculoskeletal=3", "Other reasons (combined)=2"),
                r.byReason().stream().map(row -> row.label() + "=" + row.count().value()).toList());
        assertEquals(44, r.stressPercent(3));
        assertNull(r.stressPercent(5), "4 stress cases is a small group when the threshold is 5");
        String html = BriefHtml.render(b);
        assertTrue(html.contains("Work-related stress is the main reason in 44% of sickness-absence cases."), html);
        assertFalse(html.contains("Nothing recorded"), "an anonymised brief names no one");
    }

    @Test
    void aSicknessCaseRetypedBetweenTheCountAndItsReasonLeavesNoneWithoutAReasonNotFewer() {
        Member m = desk.members().save(aMember().named("Stress").build());
        sicknessCaseOf(m);
        desk.absences().add(anAbsence(m).from("2026-05-04").to("2026-05-15").reason(AbsenceReason.WORK_RELATED_STRESS)
                .build());
        // On a casebook the count is read on the brief's second connection: here it came after the case was retyped.
        Brief.AbsenceReasons r = BriefAbsenceReasons.of(desk,
                new org.repdesk.store.BriefQueries.Filter(FROM, TO, null, null, null, null), TO, 1, () -> 0);
        assertEquals(List.of("Work-related stress=1"),
                r.byReason().stream().map(row -> row.label() + "=" + row.count().value()).toList());
    }

    @Test
    void aBriefWhoseSicknessCasesHaveNoAbsenceRecordedSaysSoRatherThanNoneWereForStress() throws Exception {
        for (int i = 0; i < 4; i++) {
            sicknessCaseOf(desk.members().save(aMember().named("Nothing recorded " + i).build()));
        }
        Brief b = new BriefBuilder(desk).build(BriefScope.of(FROM, TO), null);

        assertNull(b.evidence().absenceReasons().stressPercent(3));
        Path pdf = dir.resolve("brief.pdf");
        Pdf.write(BriefHtml.forPdf(b, DocumentLanguage.BOTH), pdf);
        String pdfText;
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
        for (String brief : List.of(BriefHtml.render(b, DocumentLanguage.BOTH), BriefMarkdown.render(b, DocumentLanguage.BOTH),
                pdfText)) {
            assertFalse(brief.contains("in 0%") || brief.contains("mewn 0%"), brief);
            assertTrue(brief.contains("No absences are recorded for these cases, so their reasons are not known."), brief);
            assertTrue(brief.contains("Nid oes absenoldebau wedi’u cofnodi ar gyfer yr achosion hyn, felly nid yw’r"
                    + " rhesymau’n hysbys."), brief);
        }
    }

    @Test
    void aSubjectAccessResponseHoldsTheAbsenceRecord() throws Exception {
        Member m = desk.members().save(aMember().named("Zoë Price").number("N-9").build());
        desk.absences().add(anAbsence(m).from("2026-05-04").to("2026-05-08").reason(AbsenceReason.WORK_RELATED_STRESS)
                .withFitNote().build());

        var response = desk.subjectAccess().gather("N-9");

        assertEquals(1, response.absences().size());
        String json = new String(org.repdesk.service.SubjectAccess.json(response), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("\"absences\"") && json.contains("WORK_RELATED_STRESS"), json);
        String html = SubjectAccessHtml.render(response);
        assertTrue(html.contains("Sickness absence record (1 absence)"), html);
        assertTrue(html.contains("04/05/2026"), html);
    }
}
