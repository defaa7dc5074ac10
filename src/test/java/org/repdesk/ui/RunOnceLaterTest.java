package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's headings are fitted in one pass however many of them changed at once. */
class RunOnceLaterTest {

    private final List<Runnable> queued = new ArrayList<>();
    private int passes;
    private final RunOnceLater fit = new RunOnceLater(() -> passes++, queued::add);

    @Test
    void sevenHeadingsChangingAtOnceAskForOnePass() {
        for (int heading = 0; heading < 7; heading++) {
            fit.ask();
        }

        assertEquals(1, queued.size());
        queued.remove(0).run();
        assertEquals(1, passes);
    }

    @Test
    void aChangeAfterThePassRanAsksForAnother() {
        fit.ask();
        queued.remove(0).run();

        fit.ask();

        assertEquals(1, queued.size(), "the next text size is fitted too");
        queued.remove(0).run();
        assertEquals(2, passes);
    }

    @Test
    void aChangeMadeDuringThePassAsksForOneMore() {
        RunOnceLater[] self = new RunOnceLater[1];
        self[0] = new RunOnceLater(() -> {
            passes++;
            if (passes == 1) {
                self[0].ask(); // the pass widened a column, which moved a heading
            }
        }, queued::add);
        self[0].ask();

        queued.remove(0).run();
        queued.remove(0).run();

        assertEquals(2, passes);
        assertEquals(List.of(), queued);
    }
}
