package org.repdesk.model;

import java.util.Arrays;

/**
 * The cases a search found, by their row numbers in the data file ({@link CaseListRow#fileRow}).
 * A sorted array: the cases list asks {@link #contains} of every row it holds, up to 100,000 times
 * a keystroke, and a binary search over primitives costs a few milliseconds where boxed ids cost more.
 */
public final class CaseMatches {

    private static final CaseMatches NONE = new CaseMatches(new long[0]);
    private final long[] rows;

    private CaseMatches(long[] sortedDistinct) {
        this.rows = sortedDistinct;
    }

    public static CaseMatches none() {
        return NONE;
    }

    /** From row numbers in any order, repeats allowed (a case found by two notes is listed twice). */
    public static CaseMatches ofRows(long[] rows) {
        long[] sorted = rows.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new CaseMatches(distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct));
    }

    public boolean contains(CaseListRow row) {
        return Arrays.binarySearch(rows, row.fileRow()) >= 0;
    }

    /** How many cases were found. */
    public int size() {
        return rows.length;
    }

    public boolean isEmpty() {
        return rows.length == 0;
    }
}
