package org.repdesk.store;

/**
 * Long background work on the data file (the day's check and snapshot) giving way to the rep. It is
 * called between the work's small steps, on the work's own thread: it returns at once while the rep
 * is away, and waits a while when they are using the window, so the work runs in their pauses.
 */
@FunctionalInterface
public interface GiveWay {

    /** Never waits: for copies the rep asked for and is waiting on. */
    GiveWay NEVER = () -> { };

    /** Between two steps: may wait, on this thread, while the rep uses the window. */
    void betweenSteps();

    /**
     * How long a step is, in SQLite's virtual-machine instructions: 100,000 is ~10 ms of a core in the
     * day's copy (its 626 MB at 100,000 cases were 267 steps of 3 s of CPU). A test's file is smaller.
     */
    default int instructionsPerStep() {
        return 100_000;
    }
}
