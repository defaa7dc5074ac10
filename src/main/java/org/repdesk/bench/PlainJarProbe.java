package org.repdesk.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.repdesk.ClassDataArchive;
import org.repdesk.Relaunch;

/**
 * The start-up probe as a plain {@code java -jar repdesk.jar} now starts (issue 21): this JVM, started with no
 * option, does what Main's first step does for the window (org.repdesk.Relaunch: the same java again with the
 * launcher's options and the user's window archive, made by then in the benchmark's cache folder), but the second
 * JVM runs the probe rather than Main. At the end it prints its own peak RSS, so the benchmark counts both JVMs.
 */
public final class PlainJarProbe {

    private PlainJarProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("java.class.path")).toRealPath();
        int status = Relaunch.again(ClassDataArchive.Kind.WINDOW, jar, StartupRuns.PROBE, List.of(args));
        System.out.printf(Locale.ROOT, "LAUNCHER hwm_mib=%.1f%n", ProcessMemory.procStatusMiB("VmHWM"));
        System.exit(status);
    }
}
