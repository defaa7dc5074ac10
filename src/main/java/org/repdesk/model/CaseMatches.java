package org.repdesk.model;

import java.util.Arrays;

/**
 * The cases a search found, by their row numbers in the data file ({@link CaseListRow#fileRow}).
 * A sorted array: the cases list asks {@link #contains} of every row it holds, up to 100,000 times
 * a keystroke, and a binary search over primitives costs a few milliseconds where boxed ids cost more.
 */
public final class CaseMatches {

    private static final CaseMatches NONE = new CaseMatches(new long[0], true);
    private final long[] rows;
    private final boolean complete;

    private CaseMatches(long[] sortedDistinct, boolean complete) {
        this.rows = sortedDistinct;
        this.complete = complete;
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
        return new CaseMatches(distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct), true);
    }

    /** The first cases found (the newest), not all of them: the list shows these while the rest are sought. */
    public static CaseMatches firstOf(long[] rows) {
        CaseMatches all = ofRows(rows);
        return new CaseMatches(all.rows, false);
    }

    /** Whether these are every case the search finds, not only its first. */
    public boolean complete() {
        return complete;
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
