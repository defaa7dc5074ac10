package org.repdesk.testing;

import java.nio.file.Path;
import org.repdesk.store.Database;

/**
 * The two homes a store test runs against (with {@code @ParameterizedClass @EnumSource(Engine.class)}):
 * the rep's SQLite file, and a branch casebook on PostgreSQL opened as an officer, who sees
 * everything, so the same assertions hold in both.
 */
public enum Engine {
    SQLITE, POSTGRESQL;

    /** A new, empty store: a file in {@code dir}, or a fresh casebook. */
    public Database open(Path dir) {
        return this == SQLITE ? Database.open(dir.resolve("repdesk.db"))
                : TestCasebooks.open(TestCasebooks.fresh(), TestCasebooks.OFFICER);
    }
}
