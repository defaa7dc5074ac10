package org.repdesk;

import org.repdesk.cli.Cli;
import org.repdesk.service.RepDesk;

/**
 * Entry point of the jar. With a command (e.g. {@code demo}, {@code import}) RepDesk runs headless
 * and exits with the command's status; with none (or only {@code --db FILE}) it opens the app.
 * Not a JavaFX Application subclass, so the shaded jar starts on the class path.
 */
public final class Main {

    private Main() {
    }

    /**
     * Set by the .deb's postinst, with -XX:ArchiveClassesAtExit, for the installed app's own class-data archives
     * (packaging/linux/scripts/postinst, issue 21). {@code true}: load and link the classes the first frame needs
     * (StartupClasses), initialising none and opening no window, for the window's archive; {@value #COMMANDS}: run
     * the commands a rep runs over a demo file in a temporary folder (cli.ClassArchiveRun), for the commands'
     * archive. Then exit, so the JVM writes what was loaded. Two archives, because every start pays for the whole
     * of its archive (the JVM relocates it): the window's start would carry the commands' 35 MB.
     */
    static final String ARCHIVE_RUN = "repdesk.archiveRun";
    static final String COMMANDS = "commands";

    public static void main(String[] args) {
        Relaunch.fromPlainJar(args); // from a plain `java -jar`: run in a second JVM, as the launcher starts it
        String making = System.getProperty(ClassDataArchive.MAKE);
        if (making != null) {
            System.exit(ClassDataArchive.makeHere(making));
        }
        String archiveRun = System.getProperty(ARCHIVE_RUN, "false");
        if (archiveRun.equals(COMMANDS)) {
            System.setProperty("java.awt.headless", "true");
            try {
                System.out.println("repdesk: " + org.repdesk.cli.ClassArchiveRun.run()); // not for reps: the .deb's postinst log
            } catch (java.io.IOException | RuntimeException | LinkageError e) {
                System.out.println("repdesk: the commands' classes were not loaded: " + e); // not for reps: as above
                System.exit(1); // postinst then keeps no commands' archive
            }
            System.exit(0);
        }
        if (Boolean.parseBoolean(archiveRun)) {
            System.setProperty("java.awt.headless", "true");
            System.out.println("repdesk: " + StartupClasses.loadAll() + " start-up classes loaded"); // not for reps: as above
            System.exit(0);
        }
        if (Cli.hasCommand(args)) {
            if (Cli.mayOpenDataFile(args)) {
                // SQLite's library from the cache folder (else the driver unpacks it into the temp folder,
                // reads both copies back and runs `uname` at every start), loaded while the command's
                // arguments and messages are read: ~0.15 s of a core off every command's first open.
                Thread driver = new Thread(() -> {
                    RepDesk.keepNativeLibraryCached();
                    RepDesk.loadDriver();
                }, "repdesk-driver");
                driver.setDaemon(true);
                driver.start();
            }
            // Read once: the early login and the command take the same reading of the arguments.
            Cli.Invocation command = Cli.read(args);
            Cli.openCasebookAhead(command); // --db postgresql://…: the login starts on its own thread now
            System.setProperty("java.awt.headless", "true"); // charts and PDF pages draw with no display
            org.repdesk.report.ChartLook.forCommands(); // not Swing's whole look and feel for a chart's one colour
            System.exit(Cli.run(command, System.out, System.err));
        }
        try {
            App.launchWith(args);
        } catch (RuntimeException e) {
            // Typically no display (a server or SSH session): one line, not a JavaFX stack trace.
            System.err.println("repdesk: " + org.repdesk.i18n.Messages.text("start.noWindow",
                    java.util.Map.of("problem", String.valueOf(e.getMessage()))));
            System.exit(1);
        }
    }
}
