package org.repdesk.ui.absence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The strip's month names along the bottom never run into each other or off the end. */
class AbsenceStripMonthLabelsTest {

    @Test
    void aMonthNameThatWouldRunIntoTheOneBeforeIsLeftUnlabelled() {
        // Welsh "Chwef" (about 33 px at 11 px) drawn at 100 ends at 133; "Maw" a month later at 130 would touch it.
        double chwefEnds = 100 + 33;
        assertFalse(AbsenceStripCanvas.monthLabelFits(130, 22, chwefEnds, 600));
    }

    @Test
    void aMonthNameWithRoomAfterTheOneBeforeIsLabelled() {
        assertTrue(AbsenceStripCanvas.monthLabelFits(133 + AbsenceStripCanvas.LABEL_GAP, 22, 133, 600));
    }

    @Test
    void theFirstMonthIsLabelledWhenItFits() {
        assertTrue(AbsenceStripCanvas.monthLabelFits(36, 22, Double.NEGATIVE_INFINITY, 600));
    }

    @Test
    void aMonthNameThatWouldPassTheEndOfTheStripIsLeftUnlabelled() {
        assertFalse(AbsenceStripCanvas.monthLabelFits(580, 30, Double.NEGATIVE_INFINITY, 600));
    }
}
