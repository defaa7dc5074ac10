package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a deadline reads in every document: marked as a hearing once, escaped always. */
class HtmlDeadlineTest {

    @Test
    void aHearingIsMarkedOnceEvenWhenTheRepsWordsAlreadySaySo() {
        assertEquals("<b>Hearing:</b> Review of improvement plan", Html.deadline(true, "Review of improvement plan"));
        assertEquals("Hearing: Stress risk assessment", Html.deadline(true, "Hearing: Stress risk assessment"));
        assertEquals("hearing bundle to HR", Html.deadline(true, "hearing bundle to HR"));
        assertEquals("Appeal letter due", Html.deadline(false, "Appeal letter due"));
        assertEquals("<b>Hearing:</b> &lt;b&gt;Bob&lt;/b&gt; &amp; Co", Html.deadline(true, "<b>Bob</b> & Co"));
    }
}
