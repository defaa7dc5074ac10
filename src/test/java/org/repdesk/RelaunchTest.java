package org.repdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.ClassDataArchive.Kind;

/**
 * A plain {@code java -jar repdesk.jar} starts again with the launcher's options and the user's class-data archive
 * (issue 21); nothing else does: not the installed launcher, {@code mvn javafx:run}, the tests, nor any start given a
 * JVM option.
 */
class RelaunchTest {

    private static final String JAR = "/home/rep/repdesk.jar";

    private final Properties properties = new Properties();
    private final Map<String, String> environment = new HashMap<>(Map.of("PATH", "/usr/bin", "LANG", "cy_GB.UTF-8"));

    RelaunchTest() {
        properties.setProperty("java.class.path", JAR);
        properties.setProperty("sun.jnu.encoding", "UTF-8");
        properties.setProperty("file.encoding", "UTF-8");
    }

    /** {@code ownArguments}: the JVM's, from /proc; the rep's are those after {@code -jar JAR}. */
    private Optional<Relaunch.Again> decide(List<String> ownArguments) {
        int jar = ownArguments.indexOf("-jar");
        List<String> args = jar >= 0 && ownArguments.size() > jar + 1 ? ownArguments.subList(jar + 2, ownArguments.size())
                : List.of();
        return Relaunch.decide(properties, environment, ownArguments, args);
    }

    /** As above, with the command word those arguments give (null: the window), checked. */
    private Optional<Relaunch.Again> decide(List<String> ownArguments, String command) {
        if (ownArguments.size() > 1 && ownArguments.get(0).equals("-jar")) {
            assertEquals(command, Relaunch.commandWord(ownArguments.subList(2, ownArguments.size()).toArray(new String[0])));
        }
        return decide(ownArguments);
    }

    @Test
    void aStartThatNamesAMainClassOrComesFromTheInstalledLauncherIsToldWithoutTheJvmsOwnArguments() {
        properties.setProperty("sun.java.command", JAR + " --db c.db demands");
        assertTrue(Relaunch.mayBePlain(properties, environment, List.of("--db", "c.db", "demands")), "java -jar JAR");
        properties.setProperty("sun.java.command", "org.repdesk.Main --db c.db demands"); // the tests, mvn javafx:run
        assertFalse(Relaunch.mayBePlain(properties, environment, List.of("--db", "c.db", "demands")));
        assertEquals(Optional.empty(), decide(List.of("-jar", JAR, "--db", "c.db", "demands")), "decide says the same");
        properties.remove("sun.java.command"); // not every JVM sets it: then the JVM's own arguments decide
        assertTrue(Relaunch.mayBePlain(properties, environment, List.of()));
        properties.setProperty("jpackage.app-path", "/opt/repdesk/bin/RepDesk");
        assertFalse(Relaunch.mayBePlain(properties, environment, List.of()), "the installed launcher");
    }

    @Test
    void javaOptionsFromTheEnvironmentMeanItRunsWhereItWasStarted() {
        assertEquals(Optional.of(new Relaunch.Again(Kind.COMMANDS)), decide(List.of("-jar", JAR, "--db", "c.db", "demands")));
        for (String name : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            environment.put(name, "-XX:+UseG1GC"); // with the launcher's -XX:+UseParallelGC: "Multiple garbage collectors"
            assertEquals(Optional.empty(), decide(List.of("-jar", JAR, "--db", "c.db", "demands")), name);
            assertEquals(Optional.empty(), decide(List.of("-jar", JAR)), name + ", the window");
            environment.put(name, "  ");
            assertEquals(Optional.of(new Relaunch.Again(Kind.WINDOW)), decide(List.of("-jar", JAR)), name + " blank: none");
            environment.remove(name);
        }
    }

    @Test
    void nonAsciiArgumentsAreStartedAgainOnlyUnderAUtf8Locale() {
        List<String> welsh = List.of("-jar", JAR, "--db", "/home/rep/Achos ŵ.db", "capacity");
        assertEquals(Optional.of(new Relaunch.Again(Kind.COMMANDS)), decide(welsh), "UTF-8: passed exactly");
        // LC_ALL=C: the launcher decoded "ŵ" as two U+FFFD, and the second JVM would be given "Achos ??.db"
        properties.setProperty("sun.jnu.encoding", "ANSI_X3.4-1968");
        properties.setProperty("file.encoding", "ANSI_X3.4-1968");
        assertEquals(Optional.empty(), decide(welsh));
        assertEquals(Optional.empty(), decide(List.of("-jar", JAR, "--db", "Achos \ufffd\ufffd.db")));
        assertEquals(Optional.of(new Relaunch.Again(Kind.COMMANDS)), decide(List.of("-jar", JAR, "--db", "/home/rep/cases.db",
                "capacity")), "every argument ASCII: passed exactly whatever the encoding");
        properties.setProperty("sun.jnu.encoding", "UTF-8"); // Java 17 encodes a child's arguments with file.encoding
        assertEquals(Optional.empty(), decide(welsh));
        properties.setProperty("sun.jnu.encoding", "ANSI_X3.4-1968");
        properties.setProperty("file.encoding", "UTF-8");
        assertEquals(Optional.empty(), decide(welsh));
        assertTrue(Relaunch.passedExactly(properties, List.of("java", "-cp", "/home/rep/repdesk.jar")));
        assertFalse(Relaunch.passedExactly(properties, List.of("java", "-cp", "/home/ßrep/repdesk.jar")), "the jar's path too");
    }

    @Test
    void aCommandEndsWhenTheFirstJvmHasGoneTheWindowKeepsRunning() {
        assertTrue(Relaunch.endsWithFirst(new String[] {"--db", "c.db", "brief"}));
        assertTrue(Relaunch.endsWithFirst(new String[] {"demo", "--cases", "300000"}));
        assertFalse(Relaunch.endsWithFirst(new String[0]), "the window: closing it would lose what was typed unasked");
        assertFalse(Relaunch.endsWithFirst(new String[] {"--db", "c.db"}));
        assertFalse(Relaunch.endsWithFirst(new String[] {"--lang", "cy", "--db", "brief.db"}));
    }

    @Test
    void theArchiveMakerAndItsRunsInheritNoSecret() {
        Map<String, String> rep = new HashMap<>(environment);
        rep.putAll(Map.of("REPDESK_PASSPHRASE", "gwyn", "REPDESK_NEW_PASSPHRASE", "du", "REPDESK_NEW_PASSWORD", "coch",
                "PGPASSWORD", "officerpw7", "PGPASSFILE", "/home/rep/.pgpass", "XDG_CACHE_HOME", "/home/rep/.cache"));
        ProcessBuilder maker = ClassDataArchive.maker(List.of("java", "-version"), rep);
        assertEquals(Map.of("PATH", "/usr/bin", "LANG", "cy_GB.UTF-8", "XDG_CACHE_HOME", "/home/rep/.cache"), maker.environment());
        assertEquals(ProcessBuilder.Redirect.DISCARD, maker.redirectOutput());
        assertTrue(maker.redirectErrorStream());
    }

    @Test
    void aPlainJavaDashJarStartsTheWindowAgainWithTheWindowsArchive() {
        assertEquals(Optional.of(new Relaunch.Again(Kind.WINDOW)), decide(List.of("-jar", JAR), null));
        assertEquals(Optional.of(new Relaunch.Again(Kind.WINDOW)), decide(List.of("-jar", JAR, "--db", "cases.db"), null));
    }

    @Test
    void aCommandFromThePlainJarStartsAgainWithTheCommandsArchive() {
        assertEquals(Optional.of(new Relaunch.Again(Kind.COMMANDS)), decide(List.of("-jar", JAR, "--db", "a.db", "brief"), "brief"));
    }

    @Test
    void theDemoStartsAgainWithTheOptionsButNoArchiveToStayUnder512MiB() {
        assertEquals(Optional.of(new Relaunch.Again(null)), decide(List.of("-jar", JAR, "demo", "--cases", "300000"), "demo"));
    }

    @Test
    void anyJvmOptionBeforeTheJarMeansItRunsWhereItWasStarted() {
        assertEquals(Optional.empty(), decide(List.of("-Xmx1g", "-jar", JAR), null));
        assertEquals(Optional.empty(), decide(List.of("-Drepdesk.relaunch=false", "-jar", JAR), null));
        assertEquals(Optional.empty(), decide(List.of("-XX:+UseParallelGC", "-jar", JAR), null));
    }

    @Test
    void theClassPathOfTestsAndMavenIsNeverStartedAgain() {
        properties.setProperty("java.class.path", "target/classes:lib/javafx.jar");
        assertEquals(Optional.empty(), decide(List.of("-cp", "target/classes:lib/javafx.jar", "org.repdesk.Main"), null));
        properties.setProperty("java.class.path", JAR);
        assertEquals(Optional.empty(), decide(List.of("-cp", JAR, "org.repdesk.Main"), null));
        assertEquals(Optional.empty(), decide(List.of(), null), "no command line read (/proc missing)");
    }

    @Test
    void theInstalledLauncherTheSwitchTheSecondJvmAndTheArchiveRunsRunHere() {
        for (String property : List.of("jpackage.app-path", Relaunch.PARENT, Main.ARCHIVE_RUN, ClassDataArchive.MAKE)) {
            Properties with = new Properties();
            with.putAll(properties);
            with.setProperty(property, "1");
            assertEquals(Optional.empty(), Relaunch.decide(with, environment, List.of("-jar", JAR), List.of()), property);
        }
        properties.setProperty(Relaunch.SWITCH, "false");
        assertEquals(Optional.empty(), decide(List.of("-jar", JAR), null));
        properties.setProperty(Relaunch.SWITCH, "true");
        assertEquals(Optional.of(new Relaunch.Again(Kind.WINDOW)), decide(List.of("-jar", JAR), null));
    }

    @Test
    void theBenchmarksHelpAndTheVersionRunHere() {
        for (String word : List.of("bench", "bench-casebook", "help", "--help", "-h", "--version")) {
            assertEquals(Optional.empty(), decide(List.of("-jar", JAR, word), word), word);
        }
    }

    @Test
    void theCommandWordSkipsTheDataFileAndTheLanguage() {
        assertEquals("export", Relaunch.commandWord(new String[] {"--db", "demo", "--lang", "cy", "export", "cases"}));
        assertNull(Relaunch.commandWord(new String[] {"--db", "export.db"}));
        assertNull(Relaunch.commandWord(new String[0]));
        assertEquals("--version", Relaunch.commandWord(new String[] {"--version"}));
    }

    @Test
    void aJarReachedThroughALinkIntoAFolderWhosePathHoldsAColonRunsHere(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(Files.createDirectories(dir.resolve("a:b")).resolve("r.jar"), "");
        Path link = Files.createSymbolicLink(dir.resolve("r.jar"), jar);
        assertNull(Relaunch.realJar(link.toString()), "-cp would split it");
        Path plain = Files.writeString(Files.createDirectories(dir.resolve("ab")).resolve("r.jar"), "");
        assertEquals(plain.toRealPath(), Relaunch.realJar(Files.createSymbolicLink(dir.resolve("s.jar"), plain).toString()));
        assertNull(Relaunch.realJar(dir.resolve("none.jar").toString()));
    }

    @Test
    void aDataFileOrLanguageOptionWithoutItsValueIsACommandAsTheCommandLineSays() {
        for (String[] args : List.of(new String[] {"--db"}, new String[] {"--lang"}, new String[] {"--db", "my.db", "--lang"})) {
            assertEquals(org.repdesk.cli.Cli.hasCommand(args), Relaunch.commandWord(args) != null, String.join(" ", args));
            assertTrue(Relaunch.endsWithFirst(args), "no window: no archive, no starting file, never started again");
        }
        assertFalse(org.repdesk.cli.Cli.hasCommand(new String[] {"--db", "my.db"}));
        assertNull(Relaunch.commandWord(new String[] {"--db", "my.db"}), "the window");
    }

    @Test
    void theSecondJvmHasTheLaunchersOptionsTheArchiveQuietlyTheFirstsIdAndTheRepsArguments() {
        List<String> cmd = Relaunch.command(Path.of("/usr/lib/jvm/java-17/bin/java"), Path.of(JAR), "org.repdesk.Main",
                Path.of("/home/rep/.cache/RepDesk/class-data/window-1.jsa"), null, 4242, List.of("--db", "my cases.db"));
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-XX:MetaspaceSize=64m", "-XX:MaxNewSize=48m",
                "-XX:SharedArchiveFile=/home/rep/.cache/RepDesk/class-data/window-1.jsa", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Drepdesk.relaunched=4242", "-cp", JAR, "org.repdesk.Main", "--db", "my cases.db"), cmd);
        List<String> first = Relaunch.command(Path.of("java"), Path.of(JAR), "org.repdesk.bench.gui.StartupProbe", null, null, 7,
                List.of("--bare"));
        assertEquals(List.of("java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:MetaspaceSize=64m",
                "-XX:MaxNewSize=48m", "-Drepdesk.relaunched=7", "-cp", JAR, "org.repdesk.bench.gui.StartupProbe", "--bare"),
                first, "no archive yet: no archive option, no log option");
    }

    @Test
    void aCrashBySignalIsToldFromAnOrdinaryFailure() {
        assertTrue(Relaunch.crashed(134)); // SIGABRT
        assertTrue(Relaunch.crashed(135)); // SIGBUS: an archive cut short
        assertTrue(Relaunch.crashed(139)); // SIGSEGV
        assertFalse(Relaunch.crashed(0));
        assertFalse(Relaunch.crashed(1));
        assertFalse(Relaunch.crashed(130)); // Ctrl+C
        assertFalse(Relaunch.crashed(143)); // ended
    }

    @Test
    void theArchivesKeyChangesWithTheJarItsTimeItsPathAndTheJava() {
        String key = ClassDataArchive.key(JAR, 86_494_254, 1_765_000_000_000L, "/usr/lib/jvm/java-17", "17.0.15+6");
        assertEquals(key, ClassDataArchive.key(JAR, 86_494_254, 1_765_000_000_000L, "/usr/lib/jvm/java-17", "17.0.15+6"));
        assertNotEquals(key, ClassDataArchive.key(JAR, 86_494_255, 1_765_000_000_000L, "/usr/lib/jvm/java-17", "17.0.15+6"));
        assertNotEquals(key, ClassDataArchive.key(JAR, 86_494_254, 1_765_000_000_001L, "/usr/lib/jvm/java-17", "17.0.15+6"));
        assertNotEquals(key, ClassDataArchive.key("/tmp/repdesk.jar", 86_494_254, 1_765_000_000_000L, "/usr/lib/jvm/java-17",
                "17.0.15+6"));
        assertNotEquals(key, ClassDataArchive.key(JAR, 86_494_254, 1_765_000_000_000L, "/usr/lib/jvm/java-21", "17.0.15+6"));
        assertNotEquals(key, ClassDataArchive.key(JAR, 86_494_254, 1_765_000_000_000L, "/usr/lib/jvm/java-17", "17.0.16+8"));
    }

    /** HotSpot refuses an archive from another build of the JVM or over other modules: a new key makes it again. */
    @Test
    void theArchivesKeyChangesWithTheJavasModulesAndJvmFiles(@TempDir Path dir) throws IOException {
        Path jar = Files.write(dir.resolve("repdesk.jar"), new byte[100]);
        Path home = dir.resolve("java-17");
        Path modules = Files.write(Files.createDirectories(home.resolve("lib")).resolve("modules"), new byte[1000]);
        Path jvm = Files.write(Files.createDirectories(home.resolve("lib/server")).resolve("libjvm.so"), new byte[10]);
        Files.setLastModifiedTime(modules, java.nio.file.attribute.FileTime.fromMillis(1_765_000_000_000L));
        Files.setLastModifiedTime(jvm, java.nio.file.attribute.FileTime.fromMillis(1_765_000_000_000L));
        String key = ClassDataArchive.keyOf(jar, home.toString(), "17.0.15+6");
        assertEquals(key, ClassDataArchive.keyOf(jar, home.toString(), "17.0.15+6"));

        Files.write(modules, new byte[1001]); // another build's modules, the same version
        Files.setLastModifiedTime(modules, java.nio.file.attribute.FileTime.fromMillis(1_765_000_000_000L));
        String otherModules = ClassDataArchive.keyOf(jar, home.toString(), "17.0.15+6");
        assertNotEquals(key, otherModules, "lib/modules' length");

        Files.setLastModifiedTime(jvm, java.nio.file.attribute.FileTime.fromMillis(1_765_000_000_001L)); // a JVM built again
        String otherJvm = ClassDataArchive.keyOf(jar, home.toString(), "17.0.15+6");
        assertNotEquals(otherModules, otherJvm, "libjvm.so's time");

        Files.setLastModifiedTime(modules, java.nio.file.attribute.FileTime.fromMillis(1_765_000_000_002L));
        assertNotEquals(otherJvm, ClassDataArchive.keyOf(jar, home.toString(), "17.0.15+6"), "lib/modules' time");
    }

    @Test
    void anArchiveIsUsedOnlyWhileItIsAsLongAsWhenItWasChecked(@TempDir Path dir) throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir, "k", Path.of(JAR));
        Path archive = archives.archive(Kind.WINDOW);
        assertEquals(dir.resolve("window-k.jsa"), archive);
        assertNull(archives.usable(Kind.WINDOW), "none yet");
        Files.write(archive, new byte[1000]);
        assertNull(archives.usable(Kind.WINDOW), "not checked: no length recorded");
        Files.writeString(dir.resolve("window-k.jsa.length"), "1000");
        assertEquals(archive, archives.usable(Kind.WINDOW));
        assertNull(archives.usable(Kind.COMMANDS), "each kind its own");
        Files.write(archive, new byte[600]);
        assertNull(archives.usable(Kind.WINDOW), "cut short (the JVM would die of SIGBUS on it)");
        Files.writeString(dir.resolve("window-k.jsa.length"), "garbled");
        assertNull(archives.usable(Kind.WINDOW));
    }

    @Test
    void anArchiveAStartCrashedWithIsRemovedAndNotMadeAgain(@TempDir Path dir) throws IOException {
        ClassDataArchive archives = new ClassDataArchive(dir, "k", Path.of(JAR));
        Files.write(archives.archive(Kind.COMMANDS), new byte[10]);
        Files.writeString(dir.resolve("commands-k.jsa.length"), "10");
        assertTrue(archives.mayMake(Kind.COMMANDS));
        archives.forget(Kind.COMMANDS);
        assertNull(archives.usable(Kind.COMMANDS));
        assertFalse(Files.exists(archives.archive(Kind.COMMANDS)));
        assertFalse(archives.mayMake(Kind.COMMANDS));
        assertTrue(archives.mayMake(Kind.WINDOW));
        assertFalse(new ClassDataArchive(dir, "k", Path.of(JAR)).make(Kind.COMMANDS, Path.of("/no/java")),
                "marked: not tried again");
    }

    @Test
    void theArchiveRunAndItsCheckUseTheSameJarAndOptionsAsTheSecondJvm(@TempDir Path dir) {
        ClassDataArchive archives = new ClassDataArchive(dir, "k", Path.of(JAR));
        Path made = dir.resolve("window-k.jsa.new");
        List<String> run = archives.archiveRun(Path.of("java"), Kind.COMMANDS, made, dir.resolve("work"));
        assertEquals(List.of("java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:MetaspaceSize=64m",
                "-XX:MaxNewSize=48m", "-XX:ArchiveClassesAtExit=" + made, "-Drepdesk.archiveRun=commands", "-Drepdesk.relaunch=false",
                "-Djava.io.tmpdir=" + dir.resolve("work"), "-Duser.home=" + dir.resolve("work"), "-XX:-UsePerfData", "-cp", JAR,
                "org.repdesk.Main"),
                run);
        // The window's: a static dump with the second JVM's class path (a static archive serves that one alone).
        List<String> dump = archives.dump(Path.of("java"), dir.resolve("work/classlist"), made, dir.resolve("work"));
        assertEquals(List.of("java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:MetaspaceSize=64m",
                "-XX:MaxNewSize=48m", "-Xshare:dump", "-XX:SharedClassListFile=" + dir.resolve("work/classlist"),
                "-XX:SharedArchiveFile=" + made, "-Djava.io.tmpdir=" + dir.resolve("work"), "-Duser.home=" + dir.resolve("work"),
                "-XX:-UsePerfData", "-cp", JAR), dump);
        List<String> check = archives.check(Path.of("java"), made, dir);
        assertTrue(check.containsAll(List.of("-XX:SharedArchiveFile=" + made, "-Xshare:on", "-cp", JAR, "org.repdesk.Main", "--version")),
                check.toString());
    }

    @Test
    void theJvmsOwnArgumentsAreReadFromProcAsProcessHandleGivesThem() {
        byte[] cmdline = "java\0-jar\0/home/rep/Achos \u0175/repdesk.jar\0--db\0my cases.db\0".getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of("-jar", "/home/rep/Achos \u0175/repdesk.jar", "--db", "my cases.db"), Relaunch.cmdline(cmdline, "UTF-8"));
        assertEquals(List.of("-jar", "r.jar", ""), Relaunch.cmdline("java\0-jar\0r.jar\0\0".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII), "ANSI_X3.4-1968"), "an empty argument kept");
        assertEquals(List.of(), Relaunch.cmdline(new byte[0], "UTF-8"));
        assertEquals(List.of("--out", "line one\nline two"), Relaunch.cmdline("java\0--out\0line one\nline two\0".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "UTF-8"), "a newline inside an argument kept");
        assertEquals(List.of("-jar", "r.jar"), Relaunch.cmdline("java\0-jar\0r.jar".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII), "UTF-8"), "no NUL after the last");
        // This JVM's (the test's): the same as ProcessHandle's, which the first JVM no longer sets up before the second.
        assertEquals(List.of(ProcessHandle.current().info().arguments().orElseThrow()), Relaunch.ownArguments());
        assertEquals(ProcessHandle.current().pid(), Relaunch.ownPid());
    }

    @Test
    void aJarWhosePathAFileUrlEscapesGetsNoArchiveAndNoneIsMade(@TempDir Path dir) throws IOException {
        assertTrue(ClassDataArchive.archivable(Path.of(JAR)));
        assertTrue(ClassDataArchive.archivable(Path.of("/opt/rep-desk_2/v0.2+1~b/repdesk.jar")));
        assertFalse(ClassDataArchive.archivable(Path.of("/home/rep/My Apps/repdesk.jar")), "a space");
        assertFalse(ClassDataArchive.archivable("/home/rep/Rhaglenni\u0175/repdesk.jar"), "a Welsh letter (a String: any locale)");
        assertFalse(ClassDataArchive.archivable(Path.of("/home/rep/50%/repdesk.jar")), "a per cent sign");
        // Tried by hand on JDK 17.0.15 (start24's review): ';' and '=' escaped in the file: URL, ':' splits the class path.
        assertFalse(ClassDataArchive.archivable(Path.of("/home/rep/a;b/repdesk.jar")), "a semicolon");
        assertFalse(ClassDataArchive.archivable(Path.of("/home/rep/a=b/repdesk.jar")), "an equals sign");
        assertFalse(ClassDataArchive.archivable(Path.of("/home/rep/a:b/repdesk.jar")), "a colon");
        assertTrue(ClassDataArchive.archivable(Path.of("/home/rep/a!$&'()*,@b/repdesk.jar")), "kept as they are");
        ClassDataArchive spaced = new ClassDataArchive(dir, "k", Path.of("/home/rep/My Apps/repdesk.jar"));
        Files.write(spaced.archive(Kind.WINDOW), new byte[10]);
        Files.writeString(dir.resolve("window-k.jsa.length"), "10");
        assertNull(spaced.usable(Kind.WINDOW), "the JVM would load every class from the jar anyway");
        assertFalse(spaced.mayMake(Kind.WINDOW), "not made: the maker's check would fail after ~10 s of work");
        assertTrue(new ClassDataArchive(dir, "k", Path.of(JAR)).mayMake(Kind.WINDOW));
        assertEquals(dir.resolve("window-k.jsa"), new ClassDataArchive(dir, "k", Path.of(JAR)).usable(Kind.WINDOW));
    }

    @Test
    void noArchiveIsUsedNorMadeInACacheFolderWhosePathHoldsAColon(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ca:che"));
        ClassDataArchive archives = new ClassDataArchive(folder, "k", Path.of(JAR));
        Files.write(archives.archive(Kind.WINDOW), new byte[10]);
        Files.writeString(folder.resolve("window-k.jsa.length"), "10");
        assertNull(archives.usable(Kind.WINDOW), "-XX:SharedArchiveFile would read it as two archives");
        assertFalse(archives.mayMake(Kind.WINDOW));
        ClassDataArchive plain = new ClassDataArchive(dir, "k", Path.of(JAR));
        Files.copy(archives.archive(Kind.WINDOW), plain.archive(Kind.WINDOW));
        Files.writeString(dir.resolve("window-k.jsa.length"), "10");
        assertEquals(plain.archive(Kind.WINDOW), plain.usable(Kind.WINDOW), "the same elsewhere is used");
    }

    @Test
    void theWindowsSecondJvmWithAnArchiveIsToldWhichFileToDeleteAsItsStartBegins() {
        List<String> cmd = Relaunch.command(Path.of("java"), Path.of(JAR), "org.repdesk.Main", Path.of("/c/window-1.jsa"),
                Path.of("/c/starting-4242"), 4242, List.of());
        assertEquals(List.of("java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:MetaspaceSize=64m",
                "-XX:MaxNewSize=48m", "-XX:SharedArchiveFile=/c/window-1.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:ErrorFile=/c/hs_err_pid%p.log", "-Drepdesk.windowStarting=/c/starting-4242", "-Drepdesk.relaunched=4242", "-cp", JAR, "org.repdesk.Main"), cmd);
        assertEquals(Path.of("/c/starting-7"), new ClassDataArchive(Path.of("/c"), "k", Path.of(JAR)).startingMarker(7));
    }

    @Test
    void theStartingFileIsMadeAfreshOverAKilledFirstJvmsAndNotWhenItCannotBe(@TempDir Path dir) throws IOException {
        java.io.File fresh = dir.resolve("starting-1").toFile();
        assertTrue(Relaunch.madeAfresh(fresh));
        assertTrue(fresh.isFile());
        assertTrue(Relaunch.madeAfresh(fresh), "an old one of that name (its id reused): deleted and made again");
        Path link = dir.resolve("starting-2");
        Files.createSymbolicLink(link, dir.resolve("no-folder/x"));
        assertTrue(Relaunch.madeAfresh(link.toFile()), "a dangling link of that name: replaced by the file");
        assertTrue(Files.isRegularFile(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        Files.createDirectories(dir.resolve("starting-3/x"));
        assertFalse(Relaunch.madeAfresh(dir.resolve("starting-3").toFile()), "one that cannot be deleted");
        assertFalse(Relaunch.madeAfresh(dir.resolve("no-folder/starting-4").toFile()), "one that cannot be made");
    }

    @Test
    void theStartingFilesOfFirstJvmsKilledOutrightAreRemovedWhenAnArchiveIsMade(@TempDir Path dir) throws Exception {
        ClassDataArchive archives = new ClassDataArchive(dir, "k", Path.of(JAR));
        long gone = 4_194_305; // above Linux's largest process id (PID_MAX_LIMIT, 2^22): no process has it
        Files.write(archives.startingMarker(gone), new byte[0]);
        Files.write(archives.startingMarker(ProcessHandle.current().pid()), new byte[0]);
        Files.write(dir.resolve("starting-notes"), new byte[0]);
        // Through make, as the maker does: its archive run (/bin/false) fails, after the clean-up.
        assertFalse(archives.make(Kind.WINDOW, Path.of("/bin/false")), "nothing made");
        assertTrue(Files.exists(dir.resolve("window-k.failed")), "the run did fail");
        assertFalse(Files.exists(archives.startingMarker(gone)), "its first JVM has gone");
        assertTrue(Files.exists(archives.startingMarker(ProcessHandle.current().pid())), "a running one's kept");
        assertTrue(Files.exists(dir.resolve("starting-notes")));
    }
}
