package org.repdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM killed on purpose (the crash tests) leaves nothing in the temp folder: its SQLite driver
 * loads the native library kept in target/, rather than unpacking its own copy into /tmp, which only a
 * normal exit deletes (640 copies and their lock files had gathered in /tmp in one day of test runs).
 */
class ChildJvmTest {

    @Test
    void aKilledChildLeavesNoCopyOfTheSqliteLibraryInItsTempFolder(@TempDir Path dir) throws Exception {
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(ChildJvm.command(HoldDataFileOpen.class, dir.resolve("repdesk.db").toString()));
        command.add(1, "-Djava.io.tmpdir=" + temp);
        try (ChildJvm child = ChildJvm.start(command)) {
            assertEquals("open 0", child.nextLine(60));
            child.kill();
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sqlite-")).toList());
        }
    }
}
