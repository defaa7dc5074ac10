package org.repdesk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.Properties;

/**
 * A plain {@code java -jar repdesk.jar} starts again at once, as the installed app's launcher starts it: the same
 * java with the launcher's JVM options and, once made, a class-data archive of the user's own (issue 21). Java 17
 * takes JVM options and an archive only from the command line, and a jar's manifest gives none, so from a plain
 * {@code java -jar} the window at 100,000 cases took 541 MiB (G1 and a heap sized from the machine's memory) and
 * {@code demo --cases 300000} 1.4 GiB, against 372 / 454 MiB with the options; and its start read and verified
 * every class from the jar. The first JVM loads nothing heavy (no JavaFX, no SQLite): it reads its own command
 * line, starts the second with the same standard input, output and error, ends it if it is itself ended, and
 * exits with its status. The second knows it was started so ({@value #PARENT}); a command's ends if the first is
 * killed, the window keeps running.
 *
 * <p>Only a truly plain start: {@code java -jar FILE} with no JVM option at all. Any option (the installed
 * launcher's, {@code mvn javafx:run}'s, {@code -Drepdesk.relaunch=false}, a rep's {@code -Xmx}) means someone chose
 * how Java runs, and the class path of the tests and of {@code mvn} is never a {@code -jar}.
 *
 * <p>The archive ({@link ClassDataArchive}) is made in the background after a start without one, never during it.
 */
public final class Relaunch {

    /** {@code -Drepdesk.relaunch=false}: run here, never again (an option, so a plain start it is not anyway). */
    public static final String SWITCH = "repdesk.relaunch";
    /** Set on the second JVM: the first one's process id. */
    public static final String PARENT = "repdesk.relaunched";
    /**
     * The installed app's launcher's options (packaging/app-image.args, pom.xml's javafx:run; why each one:
     * bench.StartupRuns, a test keeps them in step). Not -Dfile.encoding, which a plain start does not have either.
     */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
            "-XX:MetaspaceSize=64m", "-XX:MaxNewSize=48m");
    /**
     * With an archive: the JVM's own warnings about one it cannot use (made for another jar or Java: "Unable to use
     * shared archive") stay out of the rep's terminal. It then starts with the JDK's archive alone for the commands'
     * (a dynamic archive over the JDK's), but with no archive at all for the window's (a static one in the JDK's
     * place); hence the key covers the jar and the files of the Java the JVM checks (ClassDataArchive.keyOf).
     */
    static final List<String> QUIET_ARCHIVE = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    /**
     * Commands not started again: the benchmarks time JVMs of their own as they are started, and help and the
     * version are done before a second JVM would have begun.
     */
    static final List<String> RUN_HERE = List.of("bench", "bench-casebook", "help", "--help", "-h", "--version");
    /**
     * Commands started again with the options but no archive: {@code demo --cases 300000} peaked at 479 MiB with the
     * commands' archive mapped (43 MB, every page of it touched when the JVM relocates it) and 454 MiB without; with
     * the first JVM's 45 MiB only the latter stays under issue 21's 512 MiB, and making a demo takes minutes anyway.
     */
    static final List<String> NO_ARCHIVE = List.of("demo");

    /** A start again: with the archive of this kind, or with none. */
    record Again(ClassDataArchive.Kind archive) {
    }

    /**
     * How long after the start the archive is made in the background, at the latest (at once when the second JVM
     * ends sooner, a command's): the window's start and first use never share the cores with it.
     */
    static final long ARCHIVE_AFTER_SECONDS = 30;

    private Relaunch() {
    }

    /**
     * Whether to start again, and with which archive: empty to run here. {@code property}: the system properties,
     * {@code environment} this JVM's, {@code ownArguments} are this JVM's arguments after the java command (from
     * /proc), {@code args} the rep's (main's). Started again only from exactly {@code java -jar CLASS_PATH ...}, with
     * no JVM option from the environment either, and arguments the second JVM is sure to be given unchanged.
     */
    static Optional<Again> decide(Properties property, Map<String, String> environment, List<String> ownArguments,
            List<String> args) {
        return mayBePlain(property, environment, args) ? fromOwnArguments(property, ownArguments, args) : Optional.empty();
    }

    /** The rest of {@link #decide}, once {@link #mayBePlain} has said yes: a {@code -jar} start, and its command. */
    private static Optional<Again> fromOwnArguments(Properties property, List<String> ownArguments, List<String> args) {
        String classPath = property.getProperty("java.class.path");
        if (ownArguments.size() < 2 || !ownArguments.get(0).equals("-jar")
                || !ownArguments.get(1).equals(classPath) || classPath.contains(java.io.File.pathSeparator)) {
            return Optional.empty();
        }
        String commandWord = commandWord(args.toArray(new String[0]));
        if (commandWord == null) {
            return Optional.of(new Again(ClassDataArchive.Kind.WINDOW));
        }
        if (RUN_HERE.contains(commandWord)) {
            return Optional.empty();
        }
        return Optional.of(new Again(NO_ARCHIVE.contains(commandWord) ? null : ClassDataArchive.Kind.COMMANDS));
    }

    /**
     * What {@link #decide} can tell without the JVM's own arguments, whose reading from /proc cost ~9 ms of a cold
     * start: false for the installed launcher, a start again, the archive runs, options from the environment,
     * arguments not passed exactly, and a main class rather than a jar (the launcher's {@code sun.java.command}: the
     * tests, {@code mvn javafx:run}). Every start of the installed app and the tests asks only this.
     */
    static boolean mayBePlain(Properties property, Map<String, String> environment, List<String> args) {
        if ("false".equals(property.getProperty(SWITCH)) || property.getProperty(PARENT) != null
                || property.getProperty("jpackage.app-path") != null || property.getProperty(Main.ARCHIVE_RUN) != null
                || property.getProperty(ClassDataArchive.MAKE) != null) {
            return false;
        }
        String classPath = property.getProperty("java.class.path");
        String started = property.getProperty("sun.java.command");
        if (classPath == null || started != null && !started.startsWith(classPath)) {
            return false;
        }
        return !optionsFromEnvironment(environment) && passedExactly(property, args);
    }

    /**
     * The variables the {@code java} launcher (JDK_JAVA_OPTIONS) and the JVM (JAVA_TOOL_OPTIONS, _JAVA_OPTIONS) read
     * options from: not on the command line, but the second JVM would inherit them as well as get the launcher's
     * options, and e.g. {@code -XX:+UseG1GC} there with {@code -XX:+UseParallelGC} refuses to start ("Multiple
     * garbage collectors selected", on standard output). Options someone chose, as on the command line: run here.
     */
    static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    /** True when any of {@link #OPTION_VARIABLES} is set to more than blanks. */
    static boolean optionsFromEnvironment(Map<String, String> environment) {
        for (String name : OPTION_VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code strings} reach the second JVM as the rep typed them. The launcher decoded this JVM's arguments
     * with sun.jnu.encoding, and Java 17 encodes a child's with the default charset (file.encoding; {@code
     * ProcessImpl.toCString}'s {@code getBytes()}; Java 18 on uses sun.jnu.encoding): under LC_ALL=C both are ASCII,
     * a Welsh "ŵ" became "?" and {@code --db "Achos ŵ.db"} opened a new, empty "Achos ?.db" where main's jar refused
     * the name. So only when both are UTF-8 (a UTF-8 locale) or every string is ASCII.
     */
    static boolean passedExactly(Properties property, List<String> strings) {
        if (utf8(property.getProperty("sun.jnu.encoding")) && utf8(property.getProperty("file.encoding"))) {
            return true;
        }
        for (String s : strings) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) > 0x7f) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean utf8(String encoding) {
        return encoding != null && (encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8"));
    }

    /**
     * Whether the second JVM ends when the first has gone: a command's does (its output has nobody left to read it,
     * as before), the window's keeps running, since closing it then would lose what the rep typed without asking,
     * and nothing in it needs the first JVM once it is up.
     */
    static boolean endsWithFirst(String[] args) {
        return commandWord(args) != null;
    }

    /**
     * The second JVM's command: {@code java} and the launcher's options, the archive when there is one, this JVM's id,
     * then {@code -cp JAR mainClass} and the rep's arguments. The class path rather than {@code -jar}, which would
     * read the jar's 14,000 entries twice (once for its manifest, which names only the main class), ~25 ms each.
     * With {@code starting}, the file the window's second JVM deletes once the app's start begins ({@value #STARTING}).
     */
    static List<String> command(Path java, Path jar, String mainClass, Path archive, Path starting, long parent, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(JVM_OPTIONS);
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
            cmd.addAll(QUIET_ARCHIVE);
        }
        if (starting != null) {
            // The crash report of a start made again without its archive goes beside it, not into the rep's folder,
            // where a working window after it would leave the rep wondering what the file is.
            cmd.add("-XX:ErrorFile=" + starting.resolveSibling("hs_err_pid%p.log"));
            cmd.add("-D" + STARTING + "=" + starting);
        }
        cmd.add("-D" + PARENT + "=" + parent);
        cmd.addAll(List.of("-cp", jar.toString(), mainClass));
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Main's first step: from a plain {@code java -jar}, runs the app or the command in a second JVM and exits with
     * its status (this never returns then); otherwise returns at once, and Main runs it here.
     */
    static void fromPlainJar(String[] args) {
        if (System.getProperty(PARENT) != null) {
            if (endsWithFirst(args)) {
                ParentWatch.begin(System.getProperty(PARENT));
            }
            return;
        }
        // No lambda nor method reference on this path: each first one costs the JVM milliseconds to link.
        if (!mayBePlain(System.getProperties(), System.getenv(), List.of(args))) {
            return;
        }
        Optional<Again> again = fromOwnArguments(System.getProperties(), ownArguments(), List.of(args));
        if (again.isPresent()) {
            Path jar = realJar(System.getProperty("java.class.path"));
            if (jar == null) {
                return; // run here, as before
            }
            int status = again(again.get().archive(), jar, Main.class.getName(), List.of(args));
            if (status >= 0) {
                System.exit(status);
            }
        }
    }

    /**
     * The jar's real path, the second JVM's class path; null when there is none, or it holds the path separator (a
     * link to a jar in a folder named "a:b": the second JVM could not find its main class, and the first exited 1).
     */
    static Path realJar(String classPath) {
        try {
            Path jar = Path.of(classPath).toRealPath();
            return jar.toString().contains(java.io.File.pathSeparator) ? null : jar;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * This JVM's arguments after the java command, from {@code /proc/self/cmdline} with java.io (on Linux), else from
     * {@link ProcessHandle.Info#arguments}. Not ProcessHandle on Linux: its first use set up its reaper's thread pool
     * and lambdas, ~130 classes and ~15 ms of a cold first JVM before the second was started (start24), which
     * ProcessBuilder.start now does after it. Decoded as the launcher decoded them (sun.jnu.encoding).
     */
    static List<String> ownArguments() {
        java.io.File cmdline = new java.io.File("/proc/self/cmdline");
        if (cmdline.canRead()) {
            try (java.io.FileInputStream in = new java.io.FileInputStream(cmdline)) {
                return cmdline(in.readAllBytes(), System.getProperty("sun.jnu.encoding"));
            } catch (IOException | RuntimeException e) {
                return List.of(); // run here
            }
        }
        Optional<String[]> own = ProcessHandle.current().info().arguments();
        return own.isPresent() ? List.of(own.get()) : List.of();
    }

    /** The arguments in a {@code /proc/PID/cmdline}'s bytes (each ended by a NUL), the first (the command) left out. */
    static List<String> cmdline(byte[] bytes, String encoding) {
        java.nio.charset.Charset charset;
        try {
            charset = java.nio.charset.Charset.forName(encoding == null ? "UTF-8" : encoding);
        } catch (IllegalArgumentException e) {
            charset = java.nio.charset.Charset.defaultCharset();
        }
        List<String> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                arguments.add(new String(bytes, start, i - start, charset));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            arguments.add(new String(bytes, start, bytes.length - start, charset));
        }
        return arguments.isEmpty() ? List.of() : List.copyOf(arguments.subList(1, arguments.size()));
    }

    /** This JVM's process id: the name /proc/self links to (Linux), else ProcessHandle's (see {@link #ownArguments}). */
    static long ownPid() {
        try {
            return Long.parseLong(new java.io.File("/proc/self").getCanonicalFile().getName());
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().pid();
        }
    }

    /**
     * Runs {@code mainClass} with {@code args} in a second JVM with the launcher's options and
     * the user's archive of {@code kind} for {@code jar} (null: none), and makes that archive in the background when
     * there is none yet.
     * Returns the second JVM's exit status, or -1 when it could not be started (the caller then runs here).
     */
    public static int again(ClassDataArchive.Kind kind, Path jar, String mainClass, List<String> args) {
        ClassDataArchive archives = ClassDataArchive.forUser(jar);
        Path archive = kind == null ? null : archives.usable(kind);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        long pid = ownPid();
        // The window's start with an archive is the one tried again, without it, when it crashes before the app's
        // start began (see STARTING): it reads no standard input and nothing is on the screen yet.
        java.io.File starting = kind == ClassDataArchive.Kind.WINDOW && archive != null
                ? archives.startingMarker(pid).toFile() : null;
        if (starting != null && !madeAfresh(starting)) {
            starting = null; // not made: this start is never tried again
        }
        List<String> cmd = command(java, jar, mainClass, archive, starting == null ? null : starting.toPath(), pid, args);
        if (!passedExactly(System.getProperties(), cmd)) {
            if (starting != null) {
                starting.delete();
            }
            return -1; // the jar's or the archive's path would not reach it as it is (a non-ASCII home under LC_ALL=C)
        }
        // Ended by a signal (Ctrl+C reaches both; a session's end, kill): the second JVM is asked to end too. The hook
        // is in place before the spawn, so no signal between the two leaves the second JVM running.
        Stop stop = new Stop(starting);
        Thread hook = new Thread(stop, "repdesk-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        Process child = stop.start(cmd);
        if (child == null) {
            removeHook(hook);
            if (starting != null) {
                starting.delete();
            }
            return -1;
        }
        boolean make = kind != null && archive == null && archives.mayMake(kind);
        try {
            if (make && !child.waitFor(ARCHIVE_AFTER_SECONDS, TimeUnit.SECONDS)) {
                archives.makeInBackground(kind, java);
                make = false;
            }
            int status = child.waitFor();
            if (make) {
                archives.makeInBackground(kind, java);
            }
            if (archive != null && crashed(status)) {
                archives.forget(kind); // a damaged archive is not tried twice
                if (starting != null && starting.exists()) {
                    // Once more without it (as a start with none; none is made again for this jar and Java). The file
                    // goes now, not when the retried window ends: a first JVM killed outright meanwhile leaves none.
                    starting.delete();
                    Process again = stop.start(command(java, jar, mainClass, null, null, pid, args));
                    if (again != null) {
                        status = again.waitFor();
                    }
                }
            }
            if (starting != null) {
                starting.delete();
            }
            removeHook(hook);
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ending) {
            // this JVM is being ended (a signal): its hook has ended the second one already
        }
    }

    /**
     * Set on the window's second JVM when it has an archive: a file the first JVM made just before starting it, which
     * the second deletes as the app's start begins ({@link #windowStarting}, from App.start, before any window of the
     * app is shown). A damaged archive of the recorded length kills the JVM with SIGSEGV while the start loads the
     * classes from it (tried by hand, start24: 64 KB garbled at five places of the 17 MB window archive, each killed
     * the window's start, exit 134, an hs_err file); when the file is still there after such a crash the rep has seen
     * nothing yet, and the start is made again without the archive rather than leaving the rep with a crash report.
     * Made by the first JVM, not the second, so that a file that cannot be made (a folder it may not write, a full
     * disk or no inode left, an old file of that name it cannot delete) means no start again, never one after the rep
     * saw the window (reviewed, start24); deleting needs no space.
     */
    public static final String STARTING = "repdesk.windowStarting";

    /**
     * {@code file} made anew, empty: any file of that name deleted first (a first JVM killed outright left it, and
     * this one has its process id now). False when it could not be made.
     */
    static boolean madeAfresh(java.io.File file) {
        try {
            file.delete();
            return file.createNewFile();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * In the window's second JVM, as the app's start begins: deletes the {@value #STARTING} file when there is one
     * (only a file of that name: the property could name any). Were the delete to fail, a crash from here on would
     * start the window again; the first JVM has just made a file in that folder.
     */
    public static void windowStarting() {
        String starting = System.getProperty(STARTING);
        if (starting != null) {
            java.io.File file = new java.io.File(starting);
            if (file.getName().startsWith(ClassDataArchive.STARTING_PREFIX)) {
                file.delete();
            }
        }
    }

    /** SIGBUS, SIGSEGV or SIGABRT (128 + signal): how a JVM dies on an archive damaged on disk. */
    static boolean crashed(int status) {
        return status == 128 + 7 || status == 128 + 11 || status == 128 + 6;
    }

    /**
     * The command's word (the first argument that is neither an option nor --db's or --lang's value), or null; "" for a
     * --db or --lang without its value, which Cli.hasCommand takes for a command (bad usage, which it reports).
     */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") || args[i].equals("--lang")) {
                if (i + 1 >= args.length) {
                    return "";
                }
                i++;
            } else if (!args[i].startsWith("-")) {
                return args[i];
            } else if (args[i].equals("--version") || args[i].equals("--help") || args[i].equals("-h")) {
                return args[i];
            }
        }
        return null;
    }

    /**
     * The first JVM's shutdown hook: the second JVM it started last is asked to end, and given a moment to; then the
     * {@value #STARTING} file is deleted (the main thread may not get to it before the JVM halts).
     */
    private static final class Stop implements Runnable {
        private final java.io.File starting;
        private Process child;
        private boolean stopped;

        Stop(java.io.File starting) {
            this.starting = starting;
        }

        /**
         * Starts {@code cmd} with this JVM's standard input, output and error; null when it could not be started, or
         * this JVM is being ended (the hook has run: a start after it would outlive it).
         */
        synchronized Process start(List<String> cmd) {
            if (stopped) {
                return null;
            }
            try {
                child = new ProcessBuilder(cmd).inheritIO().start();
                return child;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        @Override
        public synchronized void run() {
            stopped = true;
            if (child != null) {
                child.destroy();
                try {
                    child.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (starting != null) {
                starting.delete();
            }
        }
    }

    /**
     * In a command's second JVM ({@link #endsWithFirst}): ends it when the first has gone (killed, so it could not end this one itself), looking
     * once a second on a daemon thread of its own.
     */
    private static final class ParentWatch implements Runnable {
        private final ProcessHandle parent;

        private ParentWatch(ProcessHandle parent) {
            this.parent = parent;
        }

        static void begin(String pid) {
            Optional<ProcessHandle> parent;
            try {
                parent = ProcessHandle.of(Long.parseLong(pid));
            } catch (NumberFormatException e) {
                return;
            }
            if (parent.isEmpty()) {
                System.exit(1); // gone already
            }
            Thread watch = new Thread(new ParentWatch(parent.get()), "repdesk-parent-watch");
            watch.setDaemon(true);
            watch.start();
        }

        @Override
        public void run() {
            try {
                while (parent.isAlive()) {
                    Thread.sleep(1000);
                }
            } catch (InterruptedException e) {
                return;
            }
            System.exit(1);
        }
    }
}
