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

    /**
     * The nearest-rank percentile {@code p} (0-100) of {@code values}: for a target that no single run
     * may miss, the spread's top matters, not its middle (with 9 runs, the 95th is the largest).
     */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
