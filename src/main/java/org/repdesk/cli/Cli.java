package org.repdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.repdesk.i18n.Messages;
import org.repdesk.service.DataLocation;
import org.repdesk.service.ValidationException;
import org.repdesk.store.StoreException;

/**
 * The headless command line over the same services as the app. Exit status: 0 done, 1 failed
 * (one line on stderr saying why), 2 not understood (the message and a usage line). Arguments are
 * checked before any data file is opened, so a mistyped command never creates one.
 */
public final class Cli {

    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final String VERSION = "--version";
    private static final String LANG = "--lang";
    private static final String GENERAL_USAGE =
            "repdesk [--db FILE|postgresql://SERVER/DATABASE?user=LOGIN] [--lang en|cy|both] demo|import|export|demands|brief|summary|"
                    + "report|capacity|check|backup|restore|audit|subject-access|passphrase|casebook|bench|print|printers|absence|attach|documents|document-out|calendar|letter|templates|help ...";

    private Cli() {
    }

    /**
     * Made when a command runs, not when {@link #hasCommand} is asked: Main asks that on every start
     * of the app, and making the fifteen commands (and loading what they use) took ~35 ms there.
     */
    private static final class Registry {
        static final Map<String, Command> COMMANDS = commands();
    }

    private static Map<String, Command> commands() {
        Map<String, Command> map = new LinkedHashMap<>();
        for (Command c : List.of(new DemoCommand(), new ImportCommand(), new ExportCommand(), new DemandsCommand(),
                new BriefCommand(), new SummaryCommand(), new ReportCommand(), new CapacityCommand(),
                new CheckCommand(), new BackupCommand(), new RestoreCommand(), new AuditCommand(),
                new SarCommand(), new PassphraseCommand(), new CasebookCommand(), new BenchCommand(),
                new CasebookBenchCommand(), new PrintCommand(), new PrintersCommand(),
                new AbsenceCommand(), new AttachCommand(), new DocumentsCommand(), new DocumentOutCommand(),
                new CalendarCommand(), new LetterCommand(), new TemplatesCommand())) {
            map.put(c.name(), c);
        }
        return Collections.unmodifiableMap(map); // in the order help lists them
    }

    /**
     * True when the arguments name a command (or ask for help) rather than only options for the app.
     * A {@code --db} without its file is bad usage, which the command line reports.
     */
    public static boolean hasCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") || args[i].equals(LANG)) {
                if (i + 1 >= args.length) {
                    return true;
                }
                i++;
            } else if (HELP.contains(args[i]) || args[i].equals(VERSION) || !args[i].startsWith("-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the arguments may open a data file: a command, not help, the version nor a casebook
     * on a server (so loading SQLite ahead of the command is not wasted).
     */
    public static boolean mayOpenDataFile(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (HELP.contains(a) || a.equals(VERSION)) {
                return false;
            }
            String db = a.equals("--db") && i + 1 < args.length ? args[++i] : a.startsWith("--db=") ? a.substring(5) : null;
            if (db != null && org.repdesk.model.CasebookAddress.looksLikeOne(db)) {
                return false;
            }
        }
        return hasCommand(args);
    }

    /** Commands that never open a casebook's connection through a desk (casebook init makes its own). */
    private static final Set<String> OPEN_NO_DESK = Set.of("bench", "bench-casebook", "backup", "restore", "passphrase",
            "printers");

    /**
     * The command line read once, as {@link #run} takes it: the language it speaks, the data file or
     * casebook, the command and its arguments, or why they are refused (bad usage, worded in that
     * language). Main reads it first thing and hands the same reading to {@link #openCasebookAhead} and
     * {@link #run}, so the early login can never read the arguments otherwise than the command does.
     *
     * @param speaks the language the messages speak: --lang's, else the system's
     * @param name the command's name, or help or --version; null when refused before it was read
     * @param command null for help and --version, and when refused
     * @param refused the first thing wrong with the arguments, thrown as the run starts; null when there is none
     */
    public record Invocation(java.util.Locale speaks, org.repdesk.i18n.DocumentLanguage language, Path dataFile,
            org.repdesk.model.CasebookAddress casebook, String name, Command command, Args args,
            RuntimeException refused) {

        /** True when the command will run and opens the casebook through a desk, so its login may start now. */
        boolean opensCasebook() {
            return refused == null && casebook != null && command != null && !OPEN_NO_DESK.contains(name)
                    && !(name.equals("casebook") && !args.words().isEmpty() && args.words().get(0).equals("init"));
        }
    }

    /**
     * Reads the command line in {@link #run}'s order ({@code --lang}, {@code --db}, the command, its
     * arguments), stopping at the first thing wrong; leaves Messages' language as found.
     */
    public static Invocation read(String[] args) {
        return read(args, Map.of());
    }

    /** As above, with some commands replaced (tests give {@code print} a PostScript printer). */
    static Invocation read(String[] args, Map<String, Command> replaced) {
        java.util.Locale before = Messages.language();
        org.repdesk.i18n.DocumentLanguage language = null;
        Path dataFile = null;
        org.repdesk.model.CasebookAddress casebook = null;
        String name = null;
        Command command = null;
        Args commandArgs = null;
        RuntimeException refused = null;
        java.util.Locale speaks;
        try {
            List<String> withoutLang = new ArrayList<>();
            language = language(args, withoutLang);
            List<String> rest = new ArrayList<>();
            String where = dataFile(withoutLang.toArray(String[]::new), rest);
            if (org.repdesk.model.CasebookAddress.looksLikeOne(where)) {
                try {
                    casebook = org.repdesk.model.CasebookAddress.parse(where);
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage(), GENERAL_USAGE);
                }
            } else {
                dataFile = Path.of(where);
            }
            if (rest.isEmpty()) {
                throw new UsageException(Messages.text("cli.noCommand"), GENERAL_USAGE);
            }
            name = rest.get(0);
            if (!HELP.contains(name) && !name.equals(VERSION)) {
                command = replaced.getOrDefault(name, Registry.COMMANDS.get(name));
                if (command == null) {
                    throw new UsageException(Messages.text("cli.unknownCommand", Map.of("name", name)), GENERAL_USAGE);
                }
                commandArgs = Args.parse(rest.subList(1, rest.size()), command.options(), command.flags(),
                        command.usage());
            }
        } catch (RuntimeException e) {
            refused = e; // reported by run, where every other failure is, as it always was
        } finally {
            speaks = Messages.language(); // as the parse left it: --lang's, or the system's when --lang was wrong
            Messages.setLanguage(before);
        }
        return new Invocation(speaks, language, dataFile, casebook, name, command, commandArgs, refused);
    }

    /**
     * When the arguments name a casebook ({@code --db postgresql://…}) and a command that opens it, and they
     * are arguments the command takes (the same reading {@link #run} is given: a typo, an unknown option or a
     * second {@code --db} starts nothing, so no login is sent for a command that will not run), starts
     * opening the casebook now, on a thread of its own, with the password {@link Passphrases#openCasebook}
     * will use (PGPASSWORD, else none: the driver reads ~/.pgpass), while the command reads its messages;
     * the command takes that connection, or reports its failure, as it would its own. Main calls this
     * first thing (issue 21).
     */
    public static void openCasebookAhead(Invocation call) {
        openCasebookAhead(call, null);
    }

    /** {@link #openCasebookAhead(Invocation)} with the environment given (tests); null: the process's, read with no lambda. */
    static void openCasebookAhead(Invocation call, java.util.function.Function<String, String> environment) {
        if (!call.opensCasebook()) {
            return; // bad usage: the command says what is wrong, in its language, and sends no login
        }
        String password = environment == null ? System.getenv(Passphrases.SERVER_PASSWORD)
                : environment.apply(Passphrases.SERVER_PASSWORD);
        char[] chars = password == null ? null : password.toCharArray();
        try {
            org.repdesk.store.Casebooks.openAhead(call.casebook, chars);
        } finally {
            if (chars != null) {
                java.util.Arrays.fill(chars, '\0');
            }
        }
    }

    /** Runs one command and returns its exit status; never throws, never prints a stack trace. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System::getenv);
    }

    /** {@link #run(String[], PrintStream, PrintStream)} with the environment given (tests). */
    static int run(String[] args, PrintStream out, PrintStream err, java.util.function.Function<String, String> environment) {
        return run(args, out, err, environment, Map.of());
    }

    /** As above, with some commands replaced (tests give {@code print} a PostScript printer). */
    static int run(String[] args, PrintStream out, PrintStream err, java.util.function.Function<String, String> environment,
            Map<String, Command> replaced) {
        return run(read(args, replaced), out, err, environment);
    }

    /** Runs the command {@link #read} read and returns its exit status; never throws, never prints a stack trace. */
    public static int run(Invocation call, PrintStream out, PrintStream err) {
        return run(call, out, err, System::getenv);
    }

    private static int run(Invocation call, PrintStream out, PrintStream err,
            java.util.function.Function<String, String> environment) {
        java.util.Locale before = Messages.language();
        Messages.setLanguage(call.speaks);
        try {
            if (call.refused != null) {
                throw call.refused;
            }
            if (HELP.contains(call.name)) {
                out.print(help());
                return 0;
            }
            if (call.name.equals(VERSION)) {
                out.println(org.repdesk.service.AppInfo.NAME + " " + org.repdesk.service.AppInfo.version());
                return 0;
            }
            if (call.dataFile != null && java.nio.file.Files.isDirectory(call.dataFile)) {
                // Not "no data file": the rep gave a folder, perhaps the one the file is in.
                throw new CommandFailure(Messages.text("export.db.folder",
                        Map.of("folder", call.dataFile.toAbsolutePath().toString())));
            }
            return call.command.run(new Command.Call(call.args, call.dataFile, call.casebook, out, err, environment,
                    call.language));
        } catch (UsageException e) {
            err.println("repdesk: " + oneLine(e.getMessage()));
            err.println(Messages.text("cli.usage", Map.of("usage", e.usage())));
            return 2;
        } catch (StoreException | ValidationException | CommandFailure e) {
            err.println("repdesk: " + oneLine(e.getMessage()));
            return 1;
        } catch (NoSuchFileException e) {
            err.println("repdesk: " + Messages.text("cli.noSuchFile", Map.of("file", String.valueOf(e.getFile()))));
            return 1;
        } catch (AccessDeniedException e) {
            err.println("repdesk: " + Messages.text("cli.permissionDenied", Map.of("file", String.valueOf(e.getFile()))));
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("repdesk: " + oneLine(e.getMessage()));
            return 1;
        } catch (RuntimeException e) {
            // A bug, not the rep's mistake: keep the trace for developers, give the rep one line.
            // Made here, not in Cli's set-up: Main asks hasCommand on every start of the app, before the
            // toolkit starts, and the first logger sets up java.util.logging (issue 21).
            Logger.getLogger(Cli.class.getName()).log(Level.FINE, "command failed", e);
            err.println("repdesk: " + Messages.text("cli.unexpected", Map.of("kind", e.getClass().getSimpleName(),
                    "message", oneLine(e.getMessage()))));
            return 1;
        } finally {
            // A casebook opened ahead that the command did not take (bad usage, say) is closed, not left open.
            org.repdesk.store.Casebooks.dropAhead();
            // Tests run many commands in one JVM, beside the app's screens: leave the language as found.
            Messages.setLanguage(before);
        }
    }

    /**
     * Takes {@code --lang en|cy|both} (or {@code --lang=…}) from anywhere and sets the language the
     * command line speaks: Welsh or English, else the system's ({@link Messages#fromSystem}). "both"
     * is for documents (English, then Welsh); the messages then follow the system.
     */
    private static org.repdesk.i18n.DocumentLanguage language(String[] args, List<String> rest) {
        String code = null;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals(LANG)) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    Messages.setLanguage(Messages.fromSystem(java.util.Locale.getDefault()));
                    throw new UsageException(Messages.text("cli.lang.missing"), GENERAL_USAGE);
                }
                value = args[++i];
            } else if (args[i].startsWith(LANG + "=")) {
                value = args[i].substring(LANG.length() + 1);
            } else {
                rest.add(args[i]);
                continue;
            }
            if (code != null) {
                Messages.setLanguage(Messages.fromSystem(java.util.Locale.getDefault()));
                throw new UsageException(Messages.text("cli.lang.twice"), GENERAL_USAGE);
            }
            code = value;
        }
        org.repdesk.i18n.DocumentLanguage chosen = code == null ? null : org.repdesk.i18n.DocumentLanguage.forCode(code);
        Messages.setLanguage(chosen == null || chosen == org.repdesk.i18n.DocumentLanguage.BOTH
                ? Messages.fromSystem(java.util.Locale.getDefault()) : chosen.first());
        if (code != null && chosen == null) {
            throw new UsageException(Messages.text("cli.lang.unknown", Map.of("code", code)), GENERAL_USAGE);
        }
        return chosen == null ? org.repdesk.i18n.DocumentLanguage.ofApp() : chosen;
    }

    /**
     * Takes {@code --db FILE} (or {@code --db=FILE}, or a casebook's postgresql:// address) from anywhere;
     * the other arguments go to {@code rest}.
     */
    private static String dataFile(String[] args, List<String> rest) {
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--db")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new UsageException(Messages.text("cli.db.missing"), GENERAL_USAGE);
                }
                value = args[++i];
            } else if (args[i].startsWith("--db=")) {
                value = args[i].substring("--db=".length());
            } else {
                rest.add(args[i]);
                continue;
            }
            if (file != null) {
                throw new UsageException(Messages.text("cli.db.twice"), GENERAL_USAGE);
            }
            if (value.isBlank()) {
                throw new UsageException(Messages.text("cli.db.missing"), GENERAL_USAGE);
            }
            file = value;
        }
        return file != null ? file : DataLocation.defaultDataFile().toString();
    }

    static String oneLine(String message) {
        return message == null ? Messages.text("cli.noMessage") : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    static String help() {
        StringBuilder s = new StringBuilder();
        s.append(Messages.text("cli.help.intro")).append("\n\n");
        s.append(Messages.text("cli.help.usage")).append('\n');
        for (Command c : Registry.COMMANDS.values()) {
            s.append("  ").append(c.usage()).append('\n');
        }
        s.append("  repdesk help\n\n");
        for (String key : List.of("cli.help.demo", "cli.help.import", "cli.help.export", "cli.help.demands",
                "cli.help.capacity", "cli.help.check", "cli.help.backup", "cli.help.restore", "cli.help.audit",
                "cli.help.sar", "cli.help.passphrase", "cli.help.print", "cli.help.printers", "absence.cli.help",
                "papers.cli.help", "papers.cli.calendar-help", "letters.cli.help")) {
            s.append("  ").append(Messages.text(key)).append('\n');
        }
        s.append('\n');
        s.append(Messages.text("cli.help.protected")).append('\n');
        s.append(Messages.text("cli.help.csv")).append('\n');
        s.append("  ").append(Messages.text("cli.help.casebook")).append('\n');
        s.append(Messages.text("cli.help.db", Map.of("file", DataLocation.defaultDataFile().toString()))).append('\n');
        s.append(Messages.text("cli.help.dbCasebook")).append('\n');
        s.append(Messages.text("cli.help.lang")).append('\n');
        s.append(Messages.text("cli.help.version")).append('\n');
        s.append(Messages.text("cli.help.exit")).append('\n');
        return s.toString();
    }
}
