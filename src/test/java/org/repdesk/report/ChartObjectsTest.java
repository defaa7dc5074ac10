package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** A chart's figures and words reach the PDF's drawing as they left the brief. */
class ChartObjectsTest {

    @Test
    void everyFigureAndWordOfAChartSurvivesItsElementInEitherLanguage() throws Exception {
        Charts.Bars bars = new Charts.Bars(List.of("Gallu", "Absenoldeb salwch \"stress\" & <more>"),
                List.of("Rhag 2025–Chwef 2026", "130% a throsodd", "llai na 90%", "O'Brien's month"),
                List.of(new double[] {0, 3, 1234.5, 7}, new double[] {12, 0, 3, 99999}), "Capasiti WMT diweddaraf",
                "Achosion a agorwyd", true, true, 0.1, 1400, 620);
        String xml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + ChartObjects.element(bars, "Siart bar")
                + "</body></html>";
        Element e = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("object").item(0);
        assertTrue(new ChartObjects(null, null).isReplacedObject(e));
        assertEquals("Siart bar", e.getAttribute("alt"));

        Charts.Bars read = ChartObjects.read(e);
        assertEquals(bars.series(), read.series());
        assertEquals(bars.categories(), read.categories());
        assertEquals(bars.values().size(), read.values().size());
        for (int s = 0; s < bars.values().size(); s++) {
            assertArrayEquals(bars.values().get(s), read.values().get(s));
        }
        assertEquals(List.of(bars.domainLabel(), bars.rangeLabel(), bars.legend(), bars.rotateLabels(),
                bars.categoryMargin(), bars.width(), bars.height()), List.of(read.domainLabel(), read.rangeLabel(),
                        read.legend(), read.rotateLabels(), read.categoryMargin(), read.width(), read.height()));
    }

    @Test
    void aChartWithNoMonthsStillMakesAnElementTheDrawingReads() throws Exception {
        Charts.Bars empty = Charts.casesByMonthBars(List.of(), java.util.Locale.UK);
        String xml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + ChartObjects.element(empty, "x")
                + "</body></html>";
        Element e = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("object").item(0);
        Charts.Bars read = ChartObjects.read(e);
        assertEquals(List.of(), read.categories());
        assertEquals(2, read.values().size());
        assertEquals(0, read.values().get(0).length);
    }
}
