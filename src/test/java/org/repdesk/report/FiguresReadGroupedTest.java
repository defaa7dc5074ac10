package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Figures;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.Grade;
import org.repdesk.model.Region;
import org.repdesk.report.Brief.Count;
import org.repdesk.report.Brief.Row;

/**
 * A branch's brief and caseload report at the size of a region (100,000 cases): the big figures read
 * "23,875", not "23875", in English and in Welsh, in the PDF, the HTML page and the Markdown alike.
 */
class FiguresReadGroupedTest {

    @TempDir
    Path dir;

    /** The 100,000-case file's own figures (its brief, 6 December 2026). */
    private static Brief aRegionsBrief() {
        Brief.Wmt wmt = new Brief.Wmt(new Count(11_424), 101.2, 83.3, 1_119.0, new Count(3_778), 110, 4, List.of());
        Brief.Evidence e = new Brief.Evidence(new Count(91_815), new Count(23_875), new Count(25_750), new Count(67_866),
                List.of(new Row(Phrase.stage("Informal stage (support and improvement plan)"), new Count(7_457))),
                List.of(new Row(Phrase.label(CaseStatus.OPEN), new Count(27_776))),
                List.of(new Row(Phrase.label(Grade.PO), new Count(19_710))),
                List.of(new Row(Phrase.label(Region.WALES), new Count(4_042))),
                List.of(new Brief.Trend(Phrase.typed("Jan 2026"), new Count(1_173), new Count(1_277))), wmt);
        return new Brief(BriefScope.of(LocalDate.of(2025, 12, 6), LocalDate.of(2026, 12, 6)), LocalDate.of(2026, 12, 6),
                null, List.of(), e, List.of());
    }

    @Test
    void theBriefsPdfGroupsItsBigFiguresInEnglishAndWelsh() throws Exception {
        Path pdf = dir.resolve("brief.pdf");
        Pdf.write(BriefHtml.forPdf(aRegionsBrief(), DocumentLanguage.BOTH), pdf);

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }

        for (String figure : List.of("23,875", "25,750", "3,778", "91,815", "67,866", "7,457", "27,776", "19,710",
                "4,042", "1,173", "1,277", "11,424", "1,119.0%")) {
            assertTrue(count(text, figure) >= 2, figure + " in English and in Welsh: " + text);
        }
        assertFalse(text.matches(".*\\b(23875|91815|11424)\\b.*"), text);
    }

    @Test
    void theBriefsHtmlAndMarkdownGroupTheirFiguresToo() {
        String html = BriefHtml.render(aRegionsBrief(), DocumentLanguage.WELSH);
        String markdown = BriefMarkdown.render(aRegionsBrief(), DocumentLanguage.ENGLISH);

        assertTrue(html.contains(">23,875<") && html.contains(">7,457<"), html);
        assertTrue(markdown.contains("| 23,875 |") && markdown.contains("| 1,173 | 1,277 |"), markdown);
        assertTrue(markdown.contains("11,424"), markdown);
    }

    @Test
    void theCaseloadReportGroupsItsFigures() {
        Map<CaseType, Map<String, Integer>> byStage = new EnumMap<>(CaseType.class);
        byStage.put(CaseType.CAPABILITY, new TreeMap<>(Map.of("Formal stage 1 (first written warning)", 16_418)));
        Map<DemandStatus, Integer> demands = new EnumMap<>(DemandStatus.class);
        demands.put(DemandStatus.RAISED, 1_010);
        Caseload c = new Caseload(LocalDate.of(2026, 12, 6), 51_371, 11_526, byStage, 31_881, List.of(), 21_008, List.of(),
                46_449, 11_424, 101.2, 3_778, demands, 0);

        String html = CaseloadHtml.render(c, DocumentLanguage.BOTH);

        for (String figure : List.of(">51,371<", ">11,526<", ">21,008<", ">16,418<", ">1,010<")) {
            assertEquals(2, count(html, figure), figure + " in English and Welsh: " + html);
        }
    }

    @Test
    void welshGroupsDigitsAsEnglishDoesAndAsItsPatternsDo() {
        assertEquals("23,875", Figures.whole(Messages.WELSH, 23_875));
        assertEquals("1,234,567", Figures.whole(Messages.ENGLISH, 1_234_567));
        assertEquals("-1,000", Figures.whole(Messages.ENGLISH, -1_000));
        assertEquals("999", Figures.whole(Messages.WELSH, 999));
        assertEquals(Messages.text(Messages.WELSH, "doc.brief.linked", Map.of("n", 23_875)),
                Messages.text(Messages.WELSH, "doc.brief.linked", Map.of("n", Figures.whole(Messages.WELSH, 23_875))));
        assertEquals("2,400", Figures.number(Messages.ENGLISH, 2400.0));
        assertEquals("1,523.25", Figures.number(Messages.WELSH, 1523.25));
        assertEquals("1,250.0", Figures.oneDecimal(Messages.WELSH, 1250));
    }

    @Test
    void aYearTypedShortIsNotAFigure() {
        assertEquals("The year 1926 is not likely: write the year in full, like 2026.",
                Messages.text(Messages.ENGLISH, "cases.form.date.year", Map.of("year", 1926)));
        assertEquals("Nid yw'r flwyddyn 1926 yn debygol: ysgrifennwch y flwyddyn yn llawn, fel 2026.",
                Messages.text(Messages.WELSH, "cases.form.date.year", Map.of("year", 1926)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
