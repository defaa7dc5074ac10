package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checked-in window class list (ClassDataArchive.WINDOW_CLASS_LIST) against the app's classes: the dump only
 * warns of a class that is gone and skips it, so a renamed class would silently drop out of the window's archive
 * and be read from the jar again. This fails instead, and the list is made again (docs/benchmarks.md, "Regenerating
 * the list").
 */
class WindowClassListTest {

    @Test
    void theWindowClassListIsInTheJarWithTheStartsLambdas() throws IOException {
        List<String> lines = lines();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("@lambda-proxy org/repdesk/App ")),
                "a lambda of App's, the start's own: the list is the JVM's with its lambda lines");
        assertTrue(lines.contains("org/repdesk/Main"), "the maker's check maps Main from the archive");
    }

    @Test
    void everyClassOfTheAppsItListsIsStillThere() throws IOException {
        ClassLoader loader = ClassDataArchive.class.getClassLoader();
        List<String> gone = new ArrayList<>();
        int checked = 0;
        for (String line : lines()) {
            // A class line, or the caller of a lambda (the class the JVM links the lambda's call site in).
            String name = line.startsWith("@lambda-proxy ") ? line.split(" ")[1] : line.startsWith("@") || line.startsWith("#") ? "" : line;
            if (!name.startsWith("org/repdesk/")) {
                continue;
            }
            checked++;
            try {
                Class.forName(name.replace('/', '.'), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                gone.add(name);
            }
        }
        assertTrue(checked > 100, "the app's classes are in it: " + checked);
        assertEquals(List.of(), gone, "classes no longer in the app: make the list again (docs/benchmarks.md)");
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = ClassDataArchive.class.getResourceAsStream(ClassDataArchive.WINDOW_CLASS_LIST)) {
            assertNotNull(in, ClassDataArchive.WINDOW_CLASS_LIST + " beside ClassDataArchive");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
