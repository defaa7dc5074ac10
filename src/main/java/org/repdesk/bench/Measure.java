package org.repdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a piece of work a few times after warm-up and keeps the median (two shared cores: medians, not means). */
final class Measure {

    /** Work to time; {@code prepare} runs untimed before each run (e.g. a fresh empty file). */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private Measure() {
    }

    /** Median milliseconds of {@code runs} timed runs after {@code warmup} untimed ones. */
    static double median(int warmup, int runs, Work prepare, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            prepare.run();
            work.run();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            prepare.run();
            long t0 = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return median(ms);
    }

    static double median(int warmup, int runs, Work work) throws Exception {
        return median(warmup, runs, () -> { }, work);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
