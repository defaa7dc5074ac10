package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.testing.FakeInstalledApp;

/**
 * The .deb's launcher (packaging/linux/make-launcher.sh): a shell script made from jpackage's
 * RepDesk.cfg that starts the runtime's java with the arguments jpackage's own launcher gives it
 * (as its JPACKAGE_DEBUG trace lists them), without asking the package manager who owns it first.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {

    private static final List<String> CFG = FakeInstalledApp.CFG;

    @Test
    void theScriptStartsTheRuntimesJavaWithJpackagesArgumentsFromWhereverItIsLinkedFrom(@TempDir Path dir)
            throws IOException, InterruptedException {
        // An image whose "java" writes out its arguments, one a line.
        Path image = FakeInstalledApp.make(dir.resolve("opt with space/repdesk"), CFG);
        Path launcher = image.resolve("bin/RepDesk");
        Path link = Files.createDirectories(dir.resolve("usr/bin")).resolve("repdesk");
        Files.createSymbolicLink(link, launcher);

        String app = image.resolve("lib/app").toRealPath().toString();
        List<String> expected = List.of("-classpath", app + "/repdesk-app.jar:" + app + "/atlantafx-base-2.0.1.jar",
                "-Djpackage.app-version=0.2.0", "--add-reads=org.xerial.sqlitejdbc=ALL-UNNAMED", "-XX:+UseParallelGC",
                "-XX:SharedArchiveFile=" + app + "/../runtime/lib/server/classes.jsa:" + app + "/../repdesk.jsa",
                "-Xlog:cds*=off", "-Djpackage.app-path=" + image.toRealPath().resolve("bin/RepDesk"), "org.repdesk.Main",
                "--db", "my cases.db", "$HOME", "*");
        assertEquals(expected, lines(run(List.of(link.toString(), "--db", "my cases.db", "$HOME", "*"), 0)));
        assertEquals(expected, lines(run(List.of(launcher.toString(), "--db", "my cases.db", "$HOME", "*"), 0)));
    }

    @Test
    void anOptionTheScriptCouldNotQuoteStopsTheBuild(@TempDir Path dir) throws IOException, InterruptedException {
        Path cfg = dir.resolve("RepDesk.cfg");
        Files.writeString(cfg, String.join("\n", CFG) + "\njava-options=-Dsay=\"$(rm -rf ~)\"\n");
        run(List.of("sh", "packaging/linux/make-launcher.sh", cfg.toString()), 1);
    }

    private static List<String> lines(String out) {
        return new ArrayList<>(out.lines().toList());
    }

    private static String run(List<String> command, int exit) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "ended: " + command);
        if (exit == 0) {
            assertEquals(0, p.exitValue(), out);
        } else {
            assertNotEquals(0, p.exitValue(), out);
        }
        return out;
    }
}
