package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.report.Brief.Row;
import org.repdesk.service.CampaignBulletins;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/**
 * A fixed data set with figures worked out by hand: four London capability cases and one Welsh
 * sickness-absence case where workload is a factor, plus cases that must not count.
 */
class BriefTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final List<String> identifying = new ArrayList<>();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);

    @BeforeEach
    void fixedDataSet() {
        desk = TestDesk.open(dir);
        CampaignBulletins.load(desk.demands());
        String[] london = {"Siân Pritchard", "Zoë Okafor", "Łukasz Nowak", "李 Wei"};
        List<Member> londoners = new ArrayList<>();
        for (int i = 0; i < london.length; i++) {
            Member m = desk.members().save(aMember().named(london[i]).number("LDN-90" + i).inRegion(Region.LONDON)
                    .grade(Grade.PO).email("member" + i + "@example.org").build());
            londoners.add(m);
            identifying.addAll(List.of(m.name(), m.membershipNumber(), m.email()));
            String stage = i < 3 ? "Formal stage 1 (first written warning)"
                    : "Informal stage (support and improvement plan)";
            CaseFile c = desk.cases().open(aCase(m).type(CaseType.CAPABILITY, stage)
                    .openedOn(LocalDate.of(2026, 2 + i, 10)).workload(WorkloadFactor.YES).build());
            String note = "Confidential note " + i + ": member disclosed depression to OH";
            desk.cases().addEntry(TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 1), EntryKind.NOTE, note, note));
            identifying.add(note);
        }
        Member welsh = desk.members().save(aMember().named("<b>Bob</b> & Co").number("CYM-1").inRegion(Region.WALES)
                .grade(Grade.PSO).build());
        identifying.add("CYM-1");
        desk.cases().open(aCase(welsh).type(CaseType.SICKNESS_ABSENCE, "Consideration point")
                .openedOn(LocalDate.of(2026, 5, 5)).workload(WorkloadFactor.DISPUTED).build());
        // Not evidence: workload not a factor, a grievance, and a case closed before the period.
        desk.cases().open(aCase(londoners.get(0)).workload(WorkloadFactor.NO).openedOn(LocalDate.of(2026, 6, 1)).build());
        desk.cases().open(aCase(londoners.get(1)).type(CaseType.GRIEVANCE, "Informal resolution")
                .openedOn(LocalDate.of(2026, 6, 1)).build());
        CaseFile old = desk.cases().open(aCase(londoners.get(2)).openedOn(LocalDate.of(2025, 3, 1)).build());
        desk.cases().update(old.withStatus(org.repdesk.model.CaseStatus.CLOSED, LocalDate.of(2025, 9, 1), "Resolved"));
        // WMT: latest capacities 100, 120, 140; only the 140% member is over 110% four weeks running.
        record(londoners.get(0), 100, 0);
        record(londoners.get(1), 120, 0);
        for (int week = 0; week < 4; week++) {
            record(londoners.get(2), 140, week);
        }
    }

    private void record(Member m, double pct, int week) {
        desk.workload().add(WorkloadRecord.of(m.id(), LocalDate.of(2026, 9, 7).plusWeeks(week), pct, null, null, null,
                null, null, null));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Brief anonymised() {
        return new BriefBuilder(desk).build(BriefScope.of(FROM, TO), "Branch secretary");
    }

    @Test
    void aWelshBriefReadsTheCampaignsOwnDemandsInWelshAndTheRepsOwnWordsAsTyped() {
        org.repdesk.model.Demand edited = desk.demands().bySourceKey("urgent-11").orElseThrow();
        desk.demands().update(edited.withDetails("Staff welfare first", edited.text(), edited.kind(), edited.raisedBy(),
                edited.raisedOn(), edited.priority()));

        String welsh = BriefHtml.render(anonymised(), org.repdesk.i18n.DocumentLanguage.WELSH);
        String markdown = BriefMarkdown.render(anonymised(), org.repdesk.i18n.DocumentLanguage.WELSH);

        for (String text : List.of(welsh, markdown)) {
            assertTrue(text.contains("Rhaglen strategol i leihau llwyth gwaith"), "loaded in English, read in Welsh");
            assertTrue(text.contains("Mae HMPPS yn dal i gadw’n ôl"), "Bulletin 3's response too");
            assertTrue(text.contains("Staff welfare first"), "a title the rep changed is theirs, as typed");
            assertFalse(text.contains("Strategic workload reduction programme"), "no bulletin title left in English");
            assertFalse(text.contains("HMPPS continues to withhold"), "no bulletin response left in English");
        }
        assertTrue(welsh.contains("Napo, UNSAIN a GMB/SCOOP (ar y cyd)"), "the raiser too");
        assertTrue(welsh.contains("Blaenoriaeth ganolig"), "the priority as Welsh reads it after the feminine noun");
        assertFalse(welsh.contains("Blaenoriaeth Canolig"), welsh);
        assertTrue(BriefHtml.render(anonymised(), org.repdesk.i18n.DocumentLanguage.ENGLISH)
                .contains("Strategic workload reduction programme"), "and in English as loaded");
    }

    @Test
    void figuresMatchTheHandCountedDataSet() {
        Brief.Evidence e = anonymised().evidence();
        assertEquals(7, e.casesInScope().value(), "the case closed in 2025 is outside the period");
        assertEquals(4, e.capabilityWithWorkload().value());
        assertEquals(1, e.sicknessWithWorkload().value());
        assertEquals(6, e.workloadFactorCases().value(), "4 capability + 1 sickness (disputed) + 1 grievance");
        assertEquals(List.of("Capability: Formal stage 1 (first written warning) 3", "Capability: other stages (combined) 1",
                "Sickness absence: other stages (combined) 1"), inEnglish(e.byTypeAndStage()));
        assertEquals(List.of("London 4", "Other regions (combined) 1"), inEnglish(e.byRegion()));
        assertEquals(List.of("PO 4", "Other grades (combined) 1"), inEnglish(e.byGrade()));
        assertEquals(List.of("Gallu: Cam ffurfiol 1 (rhybudd ysgrifenedig cyntaf) 3", "Gallu: camau eraill (wedi'u cyfuno) 1",
                "Absenoldeb salwch: camau eraill (wedi'u cyfuno) 1"), e.byTypeAndStage().stream()
                .map(r -> r.label().in(org.repdesk.i18n.Messages.WELSH) + " " + r.count().value()).toList(),
                "a starting stage the rep has not renamed reads in Welsh, as RepDesk's own words do");
        Brief.Wmt w = e.wmt();
        assertEquals(3, w.members().value());
        assertEquals(120.0, w.median(), 1e-9);
        assertEquals(110.0, w.lowerQuartile(), 1e-9);
        assertEquals(130.0, w.upperQuartile(), 1e-9);
        assertEquals(1, w.overThreshold().value());
    }

    @Test
    void monthsAreMergedUntilNoBarStandsForOneOrTwoPeople() {
        List<Brief.Trend> trend = anonymised().evidence().trend();
        int capability = trend.stream().mapToInt(t -> t.capability().value()).sum();
        int sickness = trend.stream().mapToInt(t -> t.sickness().value()).sum();
        assertEquals(4, capability);
        assertEquals(1, sickness);
        for (Brief.Trend t : trend) {
            for (Brief.Count c : List.of(t.capability(), t.sickness())) {
                assertTrue(c.value() == 0 || c.value() >= 3 || t == trend.get(trend.size() - 1),
                        t + " shows a small group");
            }
        }
    }

    @Test
    void smallGroupsAreShownAsFewerThanTheThreshold() {
        Brief b = anonymised();
        String html = BriefHtml.render(b);
        assertTrue(html.contains("fewer than 3"));
        assertEquals("fewer than 3", b.evidence().sicknessWithWorkload().show(3));
        assertEquals("4", b.evidence().capabilityWithWorkload().show(3));
        Brief fewer = new BriefBuilder(desk).build(BriefScope.of(FROM, TO).withSmallGroup(5), null);
        assertNull(fewer.evidence().wmt().median(), "three members are too few to show a median at threshold 5");
    }

    @Test
    void anAnonymisedBriefCarriesNoIdentifyingStringInHtmlMarkdownOrPdf() throws Exception {
        Brief b = anonymised();
        Path pdf = dir.resolve("brief.pdf");
        Pdf.write(BriefHtml.forPdf(b, org.repdesk.i18n.DocumentLanguage.ENGLISH), pdf); // charts' words included
        String pdfText = text(pdf);
        String html = BriefHtml.render(b);
        String md = BriefMarkdown.render(b);
        for (String s : identifying) {
            assertFalse(html.contains(s) || html.contains(Html.esc(s)), "HTML leaks " + s);
            assertFalse(md.contains(s), "Markdown leaks " + s);
            assertFalse(pdfText.contains(s), "PDF leaks " + s);
        }
        assertTrue(pdfText.contains("Suspend capability proceedings where workload is a factor"));
        assertTrue(pdfText.contains("Anonymised"));
    }

    @Test
    void aBriefWithIdentitiesSaysSoOnItsFirstPageAndEscapesNames() throws Exception {
        Brief b = new BriefBuilder(desk).build(BriefScope.of(FROM, TO).withIdentities(true), null);
        String html = BriefHtml.render(b);
        assertTrue(html.contains("&lt;b&gt;Bob&lt;/b&gt; &amp; Co"));
        assertFalse(html.contains("<b>Bob</b>"));
        assertTrue(BriefMarkdown.render(b).contains("\\<b\\>Bob\\</b\\> & Co"));
        Path pdf = dir.resolve("named.pdf");
        Pdf.write(html, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String page1 = first.getText(doc);
            assertTrue(page1.contains("This brief names members"), page1);
        }
        String all = text(pdf);
        Files.writeString(dir.resolve("named.txt"), all);
        if (System.getProperty("repdesk.keepReports") != null) {
            Files.copy(pdf, Path.of(System.getProperty("repdesk.keepReports"), "named-test.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (String name : List.of("Siân Pritchard", "Zoë Okafor", "Łukasz Nowak", "<b>Bob</b> & Co")) {
            assertTrue(all.contains(name), "PDF shows " + name);
        }
        if (Pdf.fallbackFont().isPresent()) {
            assertTrue(all.contains("李 Wei"), "a CJK name renders with the fallback font");
        }
    }

    @Test
    void thePdfEmbedsItsFontsAndCarriesTitleAndPageNumbers() throws Exception {
        Path pdf = dir.resolve("brief.pdf");
        Pdf.write(BriefHtml.forPdf(anonymised(), org.repdesk.i18n.DocumentLanguage.ENGLISH), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Negotiation brief"));
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "demands and evidence span pages");
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            assertTrue(text(pdf).contains("Page 1 of " + pages));
        }
        if (System.getProperty("repdesk.keepReports") != null) {
            Files.copy(pdf, Path.of(System.getProperty("repdesk.keepReports"), "brief-test.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void thePdfsChartsAreLinesAndWordsInTheEmbeddedFontNotPicturesAndKeepTheirDescriptions() throws Exception {
        Brief b = anonymised();
        Path pdf = dir.resolve("charts.pdf");
        Pdf.write(BriefHtml.forPdf(b, org.repdesk.i18n.DocumentLanguage.ENGLISH), pdf);
        int charts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getXObjectNames()) {
                    var x = resources.getXObject(name);
                    assertFalse(x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject,
                            "a chart drawn as a picture on page " + doc.getPages().indexOf(page));
                    if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                        charts++;
                        for (var f : form.getResources().getFontNames()) {
                            PDFont font = form.getResources().getFont(f);
                            assertTrue(font.isEmbedded(), "the chart's " + font.getName() + " is embedded");
                            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                        }
                    }
                }
            }
            List<String> described = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), described);
            assertEquals(List.of("Bar chart of cases opened by month", "Bar chart of members by WMT capacity band"),
                    described, "each chart is a tagged figure a screen reader names");
        }
        assertEquals(2, charts, "both charts drawn");
        assertTrue(BriefHtml.render(b).contains("<img class=\"chart\""), "the HTML brief keeps its PNG charts");
        assertFalse(BriefHtml.render(b).contains("<object"), "a browser is given no chart it cannot draw");
    }

    private static void figures(List<Object> kids, List<String> described) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    described.add(e.getAlternateDescription());
                }
                figures(e.getKids(), described);
            }
        }
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Table cells wrap names across lines: compare words, not line breaks.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static List<String> inEnglish(List<Row> rows) {
        return rows.stream().map(r -> r.label().in(org.repdesk.i18n.Messages.ENGLISH) + " " + r.count().value()).toList();
    }
}
