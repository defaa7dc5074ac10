package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * WMT: available = trunc(nominal × (contracted / default) × ((contracted − reduction) / contracted)).
 * Expected figures are worked by hand from the defaults (PO 2171 points / 37 h; PSO 2659 points / 37 h).
 */
class CapacityCalculatorTest {

    private final CapacityCalculator defaults = new CapacityCalculator(WmtSettings.DEFAULTS);

    @Test
    void fullTimePoWithNoReductionHasTheWholeNominalTarget() {
        assertEquals(2171, defaults.availablePoints(Grade.PO, 37.0, 0));
    }

    @Test
    void fullTimePsoUsesThePsoNominalTarget() {
        assertEquals(2659, defaults.availablePoints(Grade.PSO, 37.0, 0));
    }

    @Test
    void halfTimePoTruncatesHalfAPointRatherThanRoundingUp() {
        // 2171 × 18.5/37 = 1085.5: the WMT truncates to 1085, rounding would give 1086.
        assertEquals(1085, defaults.availablePoints(Grade.PO, 18.5, 0));
    }

    @Test
    void reductionHoursTruncateTowardZeroNotToTheNearestPoint() {
        // 2171 × 1 × (29.6/37 = 0.8) = 1736.8 → 1736
        assertEquals(1736, defaults.availablePoints(Grade.PO, 37.0, 7.4));
    }

    @Test
    void thirtyHourPsoWithThreeHoursReductionUsesPsoDefaults() {
        // 2659 × 30/37 × 27/30 = 2659 × 27/37 = 71793/37 = 1940.35 → 1940
        assertEquals(1940, defaults.availablePoints(Grade.PSO, 30.0, 3));
    }

    @Test
    void thirtyHourPoWithThreeHoursReductionUsesPoDefaults() {
        // 2171 × 27/37 = 58617/37 = 1584.24 → 1584
        assertEquals(1584, defaults.availablePoints(Grade.PO, 30.0, 3));
    }

    @Test
    void everyGradeButPsoUsesThePoFigures() {
        for (Grade grade : Grade.values()) {
            int expected = grade == Grade.PSO ? 2659 : 2171;
            assertEquals(expected, defaults.availablePoints(grade, 37.0, 0), grade.label());
        }
    }

    @Test
    void unknownContractedHoursCountAsTheGradesDefaultHours() {
        assertEquals(2171, defaults.availablePoints(Grade.PO, null, 0));
        assertEquals(2659, defaults.availablePoints(Grade.PSO, null, 0));
        // 37 default hours less 3.7 reduction: 2171 × 33.3/37 = 2171 × 0.9 = 1953.9 → 1953
        assertEquals(1953, defaults.availablePoints(Grade.SPO, null, 3.7));
    }

    @Test
    void configuredDefaultsReplaceThePlaceholders() {
        WmtSettings region = new WmtSettings(1000, 35, 1200, 36, 110, 4);
        CapacityCalculator calc = new CapacityCalculator(region);
        // PO: 1000 × 30/35 = 857.14 → 857
        assertEquals(857, calc.availablePoints(Grade.PO, 30.0, 0));
        // PSO: 1200 × 24/36 × 19/24 = 1200 × 19/36 = 633.33 → 633
        assertEquals(633, calc.availablePoints(Grade.PSO, 24.0, 5));
        // unknown hours: the PSO default of 36 hours, so the whole target
        assertEquals(1200, calc.availablePoints(Grade.PSO, null, 0));
    }

    @Test
    void aNominalTargetGivenForOneCalculationOverridesTheSetting() {
        assertEquals(1500, defaults.availablePoints(Grade.PO, 37.0, 0, 1500));
        // 2000 × 18.5/37 = 1000 exactly: a whole result stays whole
        assertEquals(1000, defaults.availablePoints(Grade.PO, 18.5, 0, 2000));
    }

    @Test
    void reductionOfAllContractedHoursLeavesNoAvailablePointsAndNoCapacityFigure() {
        int available = defaults.availablePoints(Grade.PO, 20.0, 20);
        assertEquals(0, available);
        assertNull(defaults.capacityPercent(500, available));
    }

    @Test
    void zeroContractedHoursLeaveNoAvailablePoints() {
        assertEquals(0, defaults.availablePoints(Grade.PO, 0.0, 0));
    }

    @Test
    void capacityIsPointsOverAvailablePointsAsAPercentage() {
        // 2400 / 2171 = 1.105481... → 110.548 %
        assertEquals(110.548, defaults.capacityPercent(2400, 2171), 0.001);
        assertEquals(100.0, defaults.capacityPercent(1736, 1736), 1e-9);
        assertEquals(50.0, defaults.capacityPercent(1000, 2000), 1e-9);
    }

    @Test
    void reductionHoursRaiseTheCapacityPercentageForTheSameWorkload() {
        double points = 2000;
        Double without = defaults.capacityPercent(points, defaults.availablePoints(Grade.PO, 37.0, 0));
        Double with = defaults.capacityPercent(points, defaults.availablePoints(Grade.PO, 37.0, 7.4));
        // 2000/2171 = 92.12 %; 2000/1736 = 115.21 %
        assertEquals(92.123, without, 0.001);
        assertEquals(115.207, with, 0.001);
        assertTrue(with > without);
    }
}
