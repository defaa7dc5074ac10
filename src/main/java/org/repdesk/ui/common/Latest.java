package org.repdesk.ui.common;

import java.util.function.Consumer;

/**
 * Keeps a screen showing only its latest read: a read that finishes after a later one was asked
 * for (the rep chose another case or member, or the same one again after a save) is dropped, not
 * shown over the later one. Asked and answered on the FX thread.
 */
public final class Latest {

    private long asked;

    /**
     * Marks a new read as the latest; the answer it returns hands the read's result to
     * {@code shown} only if no later read was asked for (or {@link #forget} called) meanwhile.
     */
    public <R> Consumer<R> ask(Consumer<R> shown) {
        long mine = ++asked;
        return result -> {
            if (mine == asked) {
                shown.accept(result);
            }
        };
    }

    /** Drops every read still under way (the choice was cleared). */
    public void forget() {
        asked++;
    }
}
