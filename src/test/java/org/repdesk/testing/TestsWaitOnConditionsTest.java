package org.repdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests wait for what they wait for (a latch, a condition through FxWait, a clock they move), never
 * for a guessed time: a sleep is too short on a busy machine and wasted on an idle one (STYLE.md).
 */
class TestsWaitOnConditionsTest {

    @Test
    void noTestSleeps() throws IOException {
        String sleep = "Thread." + "sleep("; // spelt in two so this file does not find itself
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(sleep)) {
                        found.add(file + ":" + (i + 1));
                    }
                }
            }
        }
        assertEquals(List.of(), found, "wait on a condition (FxWait, a latch, an injected clock) instead");
    }
}
