package org.repdesk.service;

import java.util.Random;

/**
 * java.util.Random's own sequence (the same numbers for the same seed, whatever is asked of it), whose
 * position can be read as one number and gone back to later. The demo uses it to make a case again from
 * where its choices began, rather than keep every case in memory until the cases are sorted (issue 21).
 */
final class ReplayableRandom extends Random {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    /** Set by setSeed, which Random's constructor calls: so no initialiser here, or it would undo that. */
    private long seed;

    ReplayableRandom(long seed) {
        super(seed);
    }

    @Override
    public synchronized void setSeed(long seed) {
        super.setSeed(seed); // forgets a saved nextGaussian, as Random's does
        this.seed = (seed ^ MULTIPLIER) & MASK;
    }

    /** Random's linear congruential step (its Javadoc gives it), so every method gives Random's values. */
    @Override
    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }

    /** Where the sequence is now; a saved nextGaussian is not part of it. */
    long position() {
        return seed;
    }

    /** Goes back (or on) to a position read from {@link #position}. */
    void moveTo(long position) {
        super.setSeed(0); // only to forget a saved nextGaussian
        seed = position & MASK;
    }
}
