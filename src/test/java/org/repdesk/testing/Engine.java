package org.repdesk.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.repdesk.model.CasebookAddress;
import org.repdesk.store.Database;

/**
 * The two homes a store test runs against (with {@code @ParameterizedClass @EnumSource(Engine.class)}):
 * the rep's SQLite file, and a branch casebook on PostgreSQL opened as an officer, who sees
 * everything, so the same assertions hold in both.
 */
public enum Engine {
    SQLITE, POSTGRESQL;

    /** One casebook per test folder, so a test that closes and opens its store again finds its data. */
    private static final Map<Path, CasebookAddress> CASEBOOKS = new ConcurrentHashMap<>();

    /** The store of the test whose temporary folder is {@code dir}: a file in it, or that test's casebook. */
    public Database open(Path dir) {
        if (this == SQLITE) {
            return Database.open(dir.resolve("repdesk.db"));
        }
        CasebookAddress casebook = CASEBOOKS.computeIfAbsent(dir, d -> TestCasebooks.fresh());
        return TestCasebooks.open(casebook, TestCasebooks.OFFICER);
    }
}
