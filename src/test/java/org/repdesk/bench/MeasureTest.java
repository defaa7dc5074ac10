package org.repdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stall target holds for every run, so the benchmark reports the top of the spread, not its middle. */
class MeasureTest {

    @Test
    void ofNineRunsThe95thPercentileIsTheSlowestRunAndTheMedianIsNot() {
        List<Double> stalls = List.of(40.0, 596.0, 55.0, 61.0, 47.0, 52.0, 58.0, 49.0, 44.0);
        assertEquals(596.0, Measure.percentile(stalls, 95));
        assertEquals(52.0, Measure.median(stalls));
    }

    @Test
    void ofTwentyRunsThe95thPercentileIsTheSecondSlowest() {
        List<Double> stalls = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            stalls.add(i * 10.0);
        }
        assertEquals(190.0, Measure.percentile(stalls, 95));
    }

    @Test
    void runsThatMeasuredNothingAreLeftOut() {
        assertEquals(70.0, Measure.percentile(List.of(Double.NaN, 70.0, 30.0), 95));
        assertTrue(Double.isNaN(Measure.percentile(List.of(Double.NaN), 95)));
    }
}
