package org.repdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Only the latest read reaches the screen, whichever finishes last. */
class LatestTest {

    private final Latest latest = new Latest();
    private final List<String> shown = new ArrayList<>();

    @Test
    void aReadForAnEarlierChoiceFinishingLastIsDropped() {
        Consumer<String> forA = latest.ask(shown::add);
        Consumer<String> forB = latest.ask(shown::add);

        forB.accept("B's cases");
        forA.accept("A's cases");

        assertEquals(List.of("B's cases"), shown);
    }

    @Test
    void theSameChoiceReadAgainAfterASaveIsNotOverwrittenByItsEarlierRead() {
        Consumer<String> beforeTheSave = latest.ask(shown::add);
        Consumer<String> afterTheSave = latest.ask(shown::add);

        afterTheSave.accept("trail with the save");
        beforeTheSave.accept("trail without it");

        assertEquals(List.of("trail with the save"), shown);
    }

    @Test
    void nothingUnderWayIsShownOnceTheChoiceIsCleared() {
        Consumer<String> forA = latest.ask(shown::add);

        latest.forget();
        forA.accept("A's cases");

        assertEquals(List.of(), shown);
    }

    @Test
    void theLatestReadIsShownEachTimeItFinishes() {
        latest.<String>ask(shown::add).accept("first");
        latest.<String>ask(shown::add).accept("second");

        assertEquals(List.of("first", "second"), shown);
    }
}
