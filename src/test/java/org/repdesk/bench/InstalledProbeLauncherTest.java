package org.repdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.testing.FakeInstalledApp;

/**
 * {@code bench --start-only --installed DIR} times the real installed app through a copy of its launcher
 * (StartupRuns.probeLauncher): the .deb's launcher script (packaging/linux/make-launcher.sh) with the
 * installed path in place of its own and the start-up probe as the main class, so the probe runs on the
 * installed runtime, jars, options and class-data archives, from the benchmark's folder.
 */
@EnabledOnOs(OS.LINUX)
class InstalledProbeLauncherTest {

    @Test
    void theBenchmarksCopyOfTheLauncherRunsTheProbeOnTheInstalledFiles(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path image = FakeInstalledApp.make(dir.resolve("opt/repdesk"), FakeInstalledApp.CFG);

        Path probe = StartupRuns.probeLauncher(image, dir.resolve("bench"));

        assertTrue(probe.startsWith(dir.resolve("bench")), probe.toString());
        // The probe's words are not a command: the window's archive, not the commands'.
        Process p = new ProcessBuilder(probe.toString(), "--db", "cases.db", "--type", "patel").redirectErrorStream(true).start();
        List<String> args = List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join("\n", args));
        String app = image.toRealPath().resolve("lib/app").toString();
        assertEquals(List.of("-classpath", app + "/repdesk-app.jar:" + app + "/atlantafx-base-2.0.1.jar",
                "-Djpackage.app-version=0.2.0", "--add-reads=org.xerial.sqlitejdbc=ALL-UNNAMED", "-XX:+UseParallelGC",
                "-XX:SharedArchiveFile=" + app + "/../runtime/lib/server/classes.jsa:" + app + "/../repdesk.jsa",
                "-Xlog:cds*=off",
                "-Djpackage.app-path=" + image.toRealPath().resolve("bin/RepDesk"),
                StartupRuns.PROBE, "--db", "cases.db", "--type", "patel"), args);
    }
}
