package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.repdesk.testing.ChildJvm;

/**
 * What the main thread does before it starts JavaFX's toolkit is on the way to the first frame (issue 21):
 * it sets up no logging there. The first logger sets up java.util.logging (~60 classes, its configuration
 * file, a service look-up: 40-80 ms of the main thread at load 8-12); the opening thread does it a moment
 * later anyway, beside the toolkit's start rather than before it.
 */
class BeforeTheToolkitTest {

    static final String LAUNCH = "the toolkit would be started here";

    /** Main's steps up to Application.launch, in a fresh JVM: the command check, App and StartupClasses set up. */
    public static final class UpToTheLaunch {
        public static void main(String[] args) throws Exception {
            if (org.repdesk.cli.Cli.hasCommand(args)) {
                throw new IllegalStateException("--db FILE alone is the app, not a command");
            }
            ClassLoader loader = UpToTheLaunch.class.getClassLoader();
            Class.forName("org.repdesk.App", true, loader);
            Class.forName("org.repdesk.StartupClasses", true, loader);
            System.out.println(LAUNCH);
        }
    }

    @Test
    void theMainThreadSetsUpNoLoggingBeforeTheToolkitStarts() throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.command(UpToTheLaunch.class, "--db", "some.db"));
        command.add(1, "-Xlog:class+load=info:stdout");
        List<String> before = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(command)) {
            for (String line = child.nextLine(60); line != null && !line.equals(LAUNCH); line = child.nextLine(60)) {
                before.add(line);
            }
            assertEquals(0, child.waitFor(60), "the child ran to its end");
        }
        assertTrue(before.stream().anyMatch(l -> l.contains(" org.repdesk.App ")), "App was set up: " + before.size());
        assertFalse(before.stream().anyMatch(l -> l.contains(" java.util.logging.LogManager ")),
                "java.util.logging set up on the main thread before the toolkit starts");
    }
}
