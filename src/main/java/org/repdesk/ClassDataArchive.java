package org.repdesk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.repdesk.service.DataLocation;
import org.repdesk.service.Folders;

/**
 * A user's own class-data archives for a plain {@code java -jar} (issue 21; {@link Relaunch} starts the second JVM
 * with one): a start maps the classes it needs instead of reading and verifying each from the jar. Two kinds, since
 * each start relocates the whole of its archive. The window's is a static archive dumped from the start's own class
 * list, lambdas included ({@link #dump}: 31 MB, in place of the JDK's own archive); the commands' (43 MB, ~4 s) is
 * written at the exit of a JVM that runs them ({@code -XX:ArchiveClassesAtExit}, over the JDK's archive), as the
 * .deb's postinst makes the installed app's (packaging/linux/scripts/postinst).
 *
 * <p>In the user's cache folder ({@code ~/.cache/RepDesk/class-data}), named by a key of the jar (its path, size
 * and time) and the Java that runs it (its folder, version, modules and JVM), so a new jar or Java never meets an
 * old archive. The JVM would refuse one, and is told not to say so: a refused commands' archive leaves the JDK's
 * under it, but a refused window's archive, static, leaves that start with no archive at all, not even the JDK's.
 * An archive is used only while its length is the one recorded when it was checked: JDK 17 dies with SIGBUS on a
 * cut-short one. A start that crashed with one marks it failed, and it is not made again for that key; a garbled
 * one the JVM refuses on its own (the window's, again, then with none).
 *
 * <p>Made by a JVM of its own ({@code -D}{@value #MAKE}{@code =window|commands}) at the lowest priority, started by
 * the first start without one once that start has ended or run for a while; one at a time (a lock), and never
 * touching the rep's files (its home and temporary folder are a folder of its own, deleted afterwards).
 *
 * <p>The folder also holds the {@code starting-PID} files of windows' starts with an archive (Relaunch.STARTING).
 */
public final class ClassDataArchive {

    /** What the archive holds: the classes of the window's first frame, or of the commands a rep runs. */
    public enum Kind {
        WINDOW("window", null), COMMANDS("commands", Main.COMMANDS);

        final String file;
        /**
         * Main's {@value Main#ARCHIVE_RUN} for the archive's run; null for the window's, dumped from
         * {@value #WINDOW_CLASS_LIST} instead ({@link #dump}).
         */
        final String run;

        Kind(String file, String run) {
            this.file = file;
            this.run = run;
        }
    }

    /**
     * The window's class list, a resource beside this class: the JVM's own list of the start up to its first frame
     * ({@code -XX:DumpLoadedClassList}, written by bench.StartupClassList), with the lambdas the start spins.
     */
    public static final String WINDOW_CLASS_LIST = "window-classlist.txt";

    /** {@code -Drepdesk.makeArchive=window|commands}: this JVM makes that archive for its jar, then exits. */
    public static final String MAKE = "repdesk.makeArchive";
    /** Longer than any archive run seen (the commands': ~4 s quiet, at the lowest priority on a busy machine more). */
    private static final long RUN_LIMIT_SECONDS = 600;

    private final Path folder;
    private final String key;
    private final Path jar;

    /** The window's class list's lines; null: the resource {@value #WINDOW_CLASS_LIST}. */
    private final List<String> windowClassList;

    ClassDataArchive(Path folder, String key, Path jar) {
        this(folder, key, jar, null);
    }

    /** As above, the window's archive dumped from {@code windowClassList} (the tests' own small list). */
    ClassDataArchive(Path folder, String key, Path jar, List<String> windowClassList) {
        this.folder = folder;
        this.key = key;
        this.jar = jar;
        this.windowClassList = windowClassList;
    }

    /** The archives for {@code jar} (a real path) run by this Java, in the user's cache folder. */
    static ClassDataArchive forUser(Path jar) {
        String key = keyOf(jar, System.getProperty("java.home"), System.getProperty("java.vm.version"));
        return new ClassDataArchive(DataLocation.cacheFolder().resolve("class-data"), key, jar);
    }

    /** The {@link #key} of {@code jar} run by the Java in {@code javaHome}, from their files as they are now. */
    static String keyOf(Path jar, String javaHome, String javaVersion) {
        // java.io rather than java.nio.file.Files: a plain start asks this before its second JVM is started, and
        // Files' channels were ~25 classes the JDK's archive lacks, read and parsed from its modules (start24).
        java.io.File file = jar.toFile();
        long size = file.length();
        return size == 0 ? "unknown" : key(jar.toString(), size, file.lastModified(), javaHome,
                javaVersion + '\n' + runtimeFiles(javaHome));
    }

    /**
     * The length and time of the Java's modules and of its JVM: HotSpot refuses an archive dumped by another build of
     * the same version (its JVM's ident) or over another lib/modules (its length), and a refused window archive means
     * a start with no class-data sharing at all, never made again while the key and the length still match. Two
     * java.io stats; a file not there counts as 0 (another layout, still one key per Java).
     */
    static String runtimeFiles(String javaHome) {
        StringBuilder files = new StringBuilder();
        for (String name : List.of("lib/modules", "lib/server/libjvm.so")) {
            java.io.File f = new java.io.File(javaHome, name);
            files.append(f.length()).append(' ').append(f.lastModified()).append('\n');
        }
        return files.toString();
    }

    /**
     * Whether the JVM would map this jar's classes from an archive at all: JDK 17.0.15 maps the archive, then loads
     * every class of a jar whose {@code file:} URL needs escaping (a space, a non-ASCII letter: "Achos ŵ/repdesk.jar";
     * also {@code ;} and {@code =}) from the jar anyway ("source: file:/tmp/sp%20ace/r.jar", tried by hand, start24
     * and its review), so the maker's check failed after ~10 s of work, once per jar; and {@code :} splits the class
     * path. Such a jar gets no archive, and none is made for it. Only ASCII letters, digits and the characters seen
     * kept as they are: {@value #KEPT_IN_A_FILE_URL}.
     */
    static boolean archivable(Path jar) {
        return archivable(jar.toString());
    }

    /** Besides ASCII letters and digits, the characters of a path a {@code file:} URL keeps as they are (JDK 17.0.15). */
    static final String KEPT_IN_A_FILE_URL = "/-_.~+,@!$&'()*";

    static boolean archivable(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || KEPT_IN_A_FILE_URL.indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key: the jar's size and time, and a checksum of its path and of the Java's folder and version (with
     * {@link #runtimeFiles}, in keyOf).
     */
    static String key(String jar, long size, long modifiedMillis, String javaHome, String javaVersion) {
        CRC32 crc = new CRC32();
        crc.update((jar + '\n' + javaHome + '\n' + javaVersion).getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(size) + "-" + Long.toHexString(modifiedMillis) + "-" + Long.toHexString(crc.getValue());
    }

    Path archive(Kind kind) {
        return folder.resolve(kind.file + "-" + key + ".jsa");
    }

    /** The archive's length in bytes as checked: written once it was. */
    private Path record(Kind kind) {
        return folder.resolve(kind.file + "-" + key + ".jsa.length");
    }

    /** The name's start of {@link #startingMarker}s. */
    static final String STARTING_PREFIX = "starting-";

    /** The file first JVM {@code pid} makes before its window's start, and the window deletes as it begins (Relaunch.STARTING). */
    Path startingMarker(long pid) {
        return folder.resolve(STARTING_PREFIX + pid);
    }

    private Path failed(Kind kind) {
        return folder.resolve(kind.file + "-" + key + ".failed");
    }

    /**
     * Whether archives can serve this jar at all: its path {@link #archivable}, and theirs free of the path separator
     * (the cache folder's: JDK 17 reads {@code -XX:SharedArchiveFile=/a:b/w.jsa} as a base archive "/a" and a top one,
     * "Specified shared archive not found", tried by start24's review).
     */
    private boolean archivable() {
        return archivable(jar) && !folder.toString().contains(java.io.File.pathSeparator);
    }

    /** The archive of {@code kind} when it is there, checked and whole; null otherwise. */
    Path usable(Kind kind) {
        if (!archivable()) {
            return null;
        }
        Path archive = archive(kind);
        // java.io, as in forUser: asked before the second JVM is started.
        try (java.io.FileInputStream in = new java.io.FileInputStream(record(kind).toFile())) {
            long recorded = Long.parseLong(new String(in.readNBytes(32), StandardCharsets.US_ASCII).strip());
            return recorded > 0 && archive.toFile().length() == recorded ? archive : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** False once making it has failed, or a start crashed with it, for this jar and Java, and when not {@link #archivable()}. */
    boolean mayMake(Kind kind) {
        return archivable() && !Files.exists(failed(kind));
    }

    /** After a start that crashed with it: removed, and not made again for this key. */
    void forget(Kind kind) {
        try {
            Files.deleteIfExists(record(kind));
            Files.deleteIfExists(archive(kind));
            markFailed(kind);
        } catch (IOException | RuntimeException e) {
            // the length no longer matching is enough to leave it out next time
        }
    }

    private void markFailed(Kind kind) throws IOException {
        Files.createDirectories(folder);
        Files.write(failed(kind), new byte[0]);
    }

    /** Starts, and leaves running, the low-priority JVM that makes the archive of {@code kind} (its own lock decides). */
    void makeInBackground(Kind kind, Path java) {
        List<String> cmd = new ArrayList<>();
        Path nice = Path.of("/usr/bin/nice");
        if (Files.isExecutable(nice)) {
            cmd.addAll(List.of(nice.toString(), "-n", "19")); // and its runs after it, at the same priority
        }
        cmd.addAll(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-XX:-UsePerfData",
                "-D" + MAKE + "=" + kind.file, "-D" + Relaunch.SWITCH + "=false", "-cp", jar.toString(), Main.class.getName()));
        try {
            Process p = maker(cmd, System.getenv()).start();
            p.getOutputStream().close(); // nothing to read: no question can wait for an answer
        } catch (IOException | RuntimeException e) {
            // made at another start
        }
    }

    /**
     * The variables holding a rep's or an administrator's secrets (cli.Passphrases, cli.CasebookCommand) or naming
     * where they are (PGPASSFILE): the maker and its runs outlive the rep's command by seconds to minutes and read
     * none of them (ClassArchiveRun connects to no server and opens only its own demo file).
     */
    static final List<String> SECRETS = List.of("REPDESK_PASSPHRASE", "REPDESK_NEW_PASSPHRASE", "REPDESK_NEW_PASSWORD",
            "PGPASSWORD", "PGPASSFILE");

    /** The maker's process: {@code cmd}, with {@code environment} but its {@link #SECRETS}, output to nowhere. */
    static ProcessBuilder maker(List<String> cmd, Map<String, String> environment) {
        ProcessBuilder maker = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        maker.environment().clear();
        maker.environment().putAll(environment);
        maker.environment().keySet().removeAll(SECRETS);
        return maker;
    }

    /** The {@value #MAKE} JVM's work: makes the archive of {@code kind} for this JVM's jar; the exit status. */
    static int makeHere(String kind) {
        Kind which = kind.equals(Kind.COMMANDS.file) ? Kind.COMMANDS : Kind.WINDOW;
        try {
            ClassDataArchive archives = forUser(Path.of(System.getProperty("java.class.path")).toRealPath());
            return archives.make(which, Path.of(System.getProperty("java.home"), "bin", "java")) ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /**
     * Makes the archive of {@code kind} with {@code java}, unless another JVM is making one or it is there: the
     * archive run, then a start that must map the app's entry class from it, then the archive and its length put in
     * place, each on disk before it is named. A run that fails, or a jar without the window's class list, is
     * marked, so later starts do not try again; an IOException (a full disk, say) is not, and a later start does.
     */
    boolean make(Kind kind, Path java) throws IOException {
        Files.createDirectories(folder);
        try (FileChannel lockFile = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.tryLock()) {
            if (lock == null || !mayMake(kind)) {
                return false; // another JVM is making one, or it failed for this jar and Java
            }
            if (usable(kind) != null) {
                return true;
            }
            removeOthers(kind);
            removeStartingMarkersOfGoneJvms();
            removeHalfMade(kind);
            Path made = halfMade(kind);
            Path work = Files.createTempDirectory("repdesk-class-data");
            try {
                Path classList = kind.run == null ? writeClassList(work) : null;
                if (kind.run == null && classList == null) {
                    markFailed(kind); // a jar built without the window's list: no archive worth a dump, for good
                    return false;
                }
                List<String> making = classList != null ? dump(java, classList, made, work) : archiveRun(java, kind, made, work);
                // "(top)" after it for the commands' dynamic archive; the window's is the only (static) one.
                if (!run(making, work, null) || !Files.isRegularFile(made) || Files.size(made) == 0
                        || !run(check(java, made, work), work, "org.repdesk.Main source: shared objects file")) {
                    markFailed(kind);
                    return false;
                }
                long length = Files.size(made);
                Path recordMade = folder.resolve(record(kind).getFileName() + ".new");
                Files.writeString(recordMade, Long.toString(length), StandardCharsets.US_ASCII);
                onDisk(made);
                onDisk(recordMade);
                Files.move(made, archive(kind), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.move(recordMade, record(kind), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } finally {
                Files.deleteIfExists(made);
                Folders.deleteTree(work);
            }
        }
    }

    /**
     * Where this maker's JVM writes the archive before it is checked: named for the maker, since a maker killed
     * mid-make (a logout) can leave its dump running, which removes and writes its file again, and would race the
     * next maker's dump on one shared path.
     */
    Path halfMade(Kind kind) {
        return folder.resolve(archive(kind).getFileName() + "." + ProcessHandle.current().pid() + ".new");
    }

    /** The half-made archives (and lengths) of makers killed before they ended: none is making one while we hold the lock. */
    private void removeHalfMade(Kind kind) throws IOException {
        String prefix = archive(kind).getFileName() + ".";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".new")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * The window's class list in {@code work}, for {@link #dump}: {@value #WINDOW_CLASS_LIST}; the load-ahead's
     * (StartupClasses: its run for the list has it off, and a start loads them all); then the JDK's own
     * (lib/classlist, from which its default archive was dumped), since this archive takes that one's place and
     * later screens would otherwise read those classes from the JDK's modules. Null when the jar has no such list
     * (or one of comments only).
     */
    private Path writeClassList(Path work) throws IOException {
        List<String> lines = new ArrayList<>(windowClassList != null ? windowClassList : resourceLines(WINDOW_CLASS_LIST));
        if (lines.stream().noneMatch(l -> !l.isBlank() && !l.startsWith("#"))) {
            return null;
        }
        if (windowClassList == null) {
            for (String name : StartupClasses.names()) {
                lines.add(name.replace('.', '/'));
            }
        }
        Path jdkList = Path.of(System.getProperty("java.home"), "lib", "classlist");
        if (Files.isRegularFile(jdkList)) {
            lines.addAll(Files.readAllLines(jdkList, StandardCharsets.UTF_8));
        }
        Path list = work.resolve("classlist");
        Files.write(list, lines, StandardCharsets.UTF_8);
        return list;
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (java.io.InputStream in = ClassDataArchive.class.getResourceAsStream(name)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /**
     * The window's archive: a static dump ({@code -Xshare:dump}) of the class list with the jar as the class path,
     * the second JVM's. Unlike an archive run, which loads and links the start's classes but links none of its
     * lambdas' call sites, the dump spins each {@code @lambda-proxy} line's lambda into the archive (JDK-8198698):
     * the second JVM spun 474 lambdas before its first frame with the archive run's (start24), ~15 with this. It
     * runs none of the app's code, opens no file of the rep's and needs no display. It replaces the JDK's own
     * archive for that JVM, hence the JDK's list in it too ({@link #writeClassList}).
     */
    List<String> dump(Path java, Path classList, Path made, Path work) {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(Relaunch.JVM_OPTIONS);
        cmd.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + made,
                "-Djava.io.tmpdir=" + work, "-Duser.home=" + work, "-XX:-UsePerfData", "-cp", jar.toString()));
        return cmd;
    }

    /** The JVM that loads the classes and writes them at its exit; its home and temporary folder are {@code work}. */
    List<String> archiveRun(Path java, Kind kind, Path made, Path work) {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(Relaunch.JVM_OPTIONS);
        cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + made, "-D" + Main.ARCHIVE_RUN + "=" + kind.run,
                "-D" + Relaunch.SWITCH + "=false", "-Djava.io.tmpdir=" + work, "-Duser.home=" + work, "-XX:-UsePerfData",
                "-cp", jar.toString(), Main.class.getName()));
        return cmd;
    }

    /** A start with the archive that must map it ({@code -Xshare:on}), listing where each class came from. */
    List<String> check(Path java, Path made, Path work) {
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        cmd.addAll(Relaunch.JVM_OPTIONS);
        cmd.addAll(List.of("-XX:SharedArchiveFile=" + made, "-Xshare:on", "-Xlog:class+load=info",
                "-D" + Relaunch.SWITCH + "=false", "-Duser.home=" + work, "-XX:-UsePerfData", "-cp", jar.toString(),
                Main.class.getName(), "--version"));
        return cmd;
    }

    /** Runs {@code cmd} to its end; true when it exited 0 and, with {@code said}, printed it. */
    private static boolean run(List<String> cmd, Path work, String said) throws IOException {
        Path log = work.resolve("run.log");
        ProcessBuilder run = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        run.environment().keySet().removeAll(SECRETS); // none in the maker's anyway
        Process p = run.start();
        p.getOutputStream().close();
        try {
            if (!p.waitFor(RUN_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
        if (p.exitValue() != 0) {
            return false;
        }
        if (said == null) {
            return true;
        }
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(said);
    }

    private static void onDisk(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) { // the JVM writes its archive read-only
            c.force(true);
        }
    }

    /**
     * The {@link #startingMarker}s of first JVMs no longer running: the window deletes its own as its start begins, and
     * each first JVM its own when its second ends, so these are of first JVMs killed outright whose windows did not
     * begin (a running first JVM's is kept).
     */
    void removeStartingMarkersOfGoneJvms() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(STARTING_PREFIX)) {
                    try {
                        if (ProcessHandle.of(Long.parseLong(name.substring(STARTING_PREFIX.length()))).isEmpty()) {
                            Files.deleteIfExists(f);
                        }
                    } catch (NumberFormatException e) {
                        // not one of ours
                    }
                }
            }
        }
    }

    /** This kind's archives for other jars or Javas (an earlier build, say): never used again. */
    private void removeOthers(Kind kind) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(kind.file + "-") && !name.startsWith(kind.file + "-" + key + ".")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
