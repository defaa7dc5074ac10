package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The backups' and retention's spinners: the figure read shows in the spinner, the rep's goes back. */
@ExtendWith(ApplicationExtension.class)
class WholeNumberSpinnerTest {

    @Test
    void theFigureReadShowsAndTheRepsStepGoesBackWithinTheLimits() throws Exception {
        SimpleIntegerProperty keep = new SimpleIntegerProperty(14);
        int[] seen = WaitForAsyncUtils.asyncFx(() -> {
            Spinner<Integer> spinner = WholeNumberSpinner.of("keep", 1, 30, keep, 90);
            int first = spinner.getValue();
            keep.set(29); // the file's figure arrives
            int shown = spinner.getValue();
            spinner.increment(3); // the rep steps past the top
            return new int[] {first, shown, spinner.getValue(), keep.get()};
        }).get();

        assertEquals(14, seen[0]);
        assertEquals(29, seen[1]);
        assertEquals(30, seen[2], "no further than the top");
        assertEquals(30, seen[3], "the view-model takes the rep's figure");
    }
}
