package org.repdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An installed app as the .deb leaves it, for the launcher's tests: jpackage's cfg (the lines given),
 * the launcher script packaging/linux/make-launcher.sh writes from it in bin/RepDesk, the runtime's
 * class-data archive, the app's two (lib/repdesk.jsa, the window's; lib/repdesk-commands.jsa) with their
 * records as postinst leaves them, and for the
 * runtime's java a script that prints the words it was given, one a line. Under postinst's
 * {@code _JAVA_OPTIONS} that java also does what postinst asks of the JVM: it writes the archive named by
 * -XX:ArchiveClassesAtExit (with the temp folder it was given, where it leaves a demo file as a run cut
 * short would, and the archive run asked for), and with class+load logging says org.repdesk.Main came from it.
 */
public final class FakeInstalledApp {

    /** A cfg as jpackage writes it, shortened: two jars, and options with $APPDIR, a '*' and a module's name. */
    public static final List<String> CFG = List.of(
            "[Application]",
            "app.classpath=$APPDIR/repdesk-app.jar",
            "app.mainclass=org.repdesk.Main",
            "app.classpath=$APPDIR/atlantafx-base-2.0.1.jar",
            "",
            "[JavaOptions]",
            "java-options=-Djpackage.app-version=0.2.0",
            "java-options=--add-reads=org.xerial.sqlitejdbc=ALL-UNNAMED",
            "java-options=-XX:+UseParallelGC",
            "java-options=-XX:SharedArchiveFile=$APPDIR/../runtime/lib/server/classes.jsa:$APPDIR/../repdesk.jsa",
            "java-options=-Xlog:cds*=off");

    private FakeInstalledApp() {
    }

    /** Makes the app in {@code image} from the cfg's {@code lines}; returns {@code image}. */
    public static Path make(Path image, List<String> lines) throws IOException, InterruptedException {
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Path cfg = image.resolve("lib/app/RepDesk.cfg");
        Files.write(cfg, lines, StandardCharsets.UTF_8);
        Path launcher = image.resolve("bin/RepDesk");
        Process make = new ProcessBuilder("sh", "packaging/linux/make-launcher.sh", cfg.toString())
                .redirectOutput(launcher.toFile()).start();
        String errors = new String(make.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(make.waitFor(60, TimeUnit.SECONDS), "make-launcher.sh ended");
        assertEquals(0, make.exitValue(), errors);
        assertTrue(launcher.toFile().setExecutable(true));
        Files.writeString(java, String.join("\n",
                "#!/bin/sh",
                "case \"$_JAVA_OPTIONS\" in *-XX:ArchiveClassesAtExit=*)",
                "  to=${_JAVA_OPTIONS#*-XX:ArchiveClassesAtExit=}; printf 'classes of %s\\n' \"$*\" > \"${to%% *}\"",
                // As the archive run does: a demo file in a folder of its own in the temp folder it is given.
                "  case \"$_JAVA_OPTIONS\" in *-Djava.io.tmpdir=*)",
                "    tmp=${_JAVA_OPTIONS#*-Djava.io.tmpdir=}; tmp=${tmp%% *}",
                "    mkdir \"$tmp/repdesk-archive-run1\" && echo demo > \"$tmp/repdesk-archive-run1/demo.db\"",
                "    printf 'temp folder %s\\n' \"$tmp\" >> \"${to%% *}\" ;;",
                "  esac",
                "  run=${_JAVA_OPTIONS#*-Drepdesk.archiveRun=}; printf 'archive run %s\\n' \"${run%% *}\" >> \"${to%% *}\" ;;",
                "esac",
                "case \"$_JAVA_OPTIONS\" in *-Xlog:class+load=info*)",
                "  echo '[info][class,load] org.repdesk.Main source: shared objects file (top)' ;;",
                "esac",
                "for word in \"$@\"; do printf '%s\\n' \"$word\"; done", ""));
        assertTrue(java.toFile().setExecutable(true));
        Path server = Files.createDirectories(image.resolve("lib/runtime/lib/server"));
        Files.writeString(server.resolve("classes.jsa"), "the runtime's classes");
        Files.writeString(archive(image), "the app's classes");
        Files.writeString(commandsArchive(image), "the commands' classes");
        record(image);
        return image;
    }

    /** The window's class-data archive, lib/repdesk.jsa, which postinst makes. */
    public static Path archive(Path image) {
        return image.resolve("lib/repdesk.jsa");
    }

    /** The commands' class-data archive, lib/repdesk-commands.jsa, which postinst makes. */
    public static Path commandsArchive(Path image) {
        return image.resolve("lib/repdesk-commands.jsa");
    }

    /** Records both archives as they are now, as postinst does once it has checked each (NAME.jsa.cksum). */
    public static void record(Path image) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c",
                "cksum < repdesk.jsa > repdesk.jsa.cksum && cksum < repdesk-commands.jsa > repdesk-commands.jsa.cksum")
                .directory(image.resolve("lib").toFile()).inheritIO().start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "cksum ended");
        assertEquals(0, p.exitValue(), "cksum");
    }
}
