package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplayableRandomTest {

    /** What the demo asks of its sequence, in one mixed run. */
    private static List<Object> draws(Random r) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            out.add(r.nextInt(730));
            out.add(r.nextInt());
            out.add(r.nextBoolean());
            out.add(r.nextGaussian());
            out.add(r.nextDouble());
            out.add(r.nextLong());
        }
        List<Integer> shuffled = new ArrayList<>(IntStream.range(0, 30).boxed().toList());
        Collections.shuffle(shuffled, r);
        out.add(shuffled);
        return out;
    }

    @Test
    void givesJavaUtilRandomsNumbersForTheSameSeed() {
        for (long seed : new long[] {42, 0, -7, Long.MAX_VALUE}) {
            assertEquals(draws(new Random(seed)), draws(new ReplayableRandom(seed)), "seed " + seed);
        }
    }

    @Test
    void goingBackToAPositionGivesTheSameNumbersAgain() {
        ReplayableRandom r = new ReplayableRandom(42);
        draws(r);
        long position = r.position();
        List<Object> first = draws(r);
        long after = r.position();
        draws(r);
        r.moveTo(position);
        assertEquals(first, draws(r));
        assertEquals(after, r.position());
    }
}
