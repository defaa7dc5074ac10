package org.repdesk.store;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each equal value met while reading many rows. The cases list's 100,000 rows
 * name some 20,000 members, a few dozen stages and a few thousand dates; read one by one, each
 * row held its own copies: about half the list's heap, and what the young collections had to copy
 * while the rep worked (issue 6). Not thread-safe: one per read.
 */
final class SharedValues {

    private final Map<Object, Object> seen = new HashMap<>();

    /** {@code value}, or the equal value met before it. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object before = seen.putIfAbsent(value, value);
        return before == null ? value : (T) before;
    }
}
