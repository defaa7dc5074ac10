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
import org.repdesk.service.DataLocation;
import org.repdesk.service.ValidationException;
import org.repdesk.store.StoreException;

/**
 * The headless command line over the same services as the app. Exit status: 0 done, 1 failed
 * (one line on stderr saying why), 2 not understood (the message and a usage line). Arguments are
 * checked before any data file is opened, so a mistyped command never creates one.
 */
public final class Cli {

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());
    private static final Set<String> HELP = Set.of("help", "--help", "-h");
    private static final String VERSION = "--version";
    private static final String GENERAL_USAGE =
            "repdesk [--db FILE|postgresql://SERVER/DATABASE?user=LOGIN] demo|import|export|demands|brief|summary|"
                    + "report|capacity|check|backup|restore|audit|subject-access|passphrase|casebook|bench|print|printers|absence|attach|documents|document-out|calendar|help ...";

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
                new CalendarCommand())) {
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
            if (args[i].equals("--db")) {
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
        try {
            List<String> rest = new ArrayList<>();
            String where = dataFile(args, rest);
            org.repdesk.model.CasebookAddress casebook = null;
            Path dataFile = null;
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
                throw new UsageException("no command given", GENERAL_USAGE);
            }
            String name = rest.get(0);
            if (HELP.contains(name)) {
                out.print(help());
                return 0;
            }
            if (name.equals(VERSION)) {
                out.println(org.repdesk.service.AppInfo.NAME + " " + org.repdesk.service.AppInfo.version());
                return 0;
            }
            Command command = replaced.getOrDefault(name, Registry.COMMANDS.get(name));
            if (command == null) {
                throw new UsageException("unknown command \"" + name + "\"", GENERAL_USAGE);
            }
            Args commandArgs = Args.parse(rest.subList(1, rest.size()), command.options(), command.flags(),
                    command.usage());
            if (dataFile != null && java.nio.file.Files.isDirectory(dataFile)) {
                // Not "no data file": the rep gave a folder, perhaps the one the file is in.
                throw new CommandFailure(org.repdesk.i18n.Messages.text("export.db.folder",
                        Map.of("folder", dataFile.toAbsolutePath().toString())));
            }
            return command.run(new Command.Call(commandArgs, dataFile, casebook, out, err, environment));
        } catch (UsageException e) {
            err.println("repdesk: " + oneLine(e.getMessage()));
            err.println("usage: " + e.usage() + "   (repdesk help for more)");
            return 2;
        } catch (StoreException | ValidationException | CommandFailure e) {
            err.println("repdesk: " + oneLine(e.getMessage()));
            return 1;
        } catch (NoSuchFileException e) {
            err.println("repdesk: no such file: " + e.getFile());
            return 1;
        } catch (AccessDeniedException e) {
            err.println("repdesk: permission denied: " + e.getFile());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("repdesk: " + oneLine(e.getMessage()));
            return 1;
        } catch (RuntimeException e) {
            // A bug, not the rep's mistake: keep the trace for developers, give the rep one line.
            LOG.log(Level.FINE, "command failed", e);
            err.println("repdesk: unexpected error (" + e.getClass().getSimpleName() + "): " + oneLine(e.getMessage()));
            return 1;
        }
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
                    throw new UsageException("--db needs a file name", GENERAL_USAGE);
                }
                value = args[++i];
            } else if (args[i].startsWith("--db=")) {
                value = args[i].substring("--db=".length());
            } else {
                rest.add(args[i]);
                continue;
            }
            if (file != null) {
                throw new UsageException("--db is given twice", GENERAL_USAGE);
            }
            if (value.isBlank()) {
                throw new UsageException("--db needs a file name", GENERAL_USAGE);
            }
            file = value;
        }
        return file != null ? file : DataLocation.defaultDataFile().toString();
    }

    static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    static String help() {
        StringBuilder s = new StringBuilder();
        s.append("RepDesk: casework for probation union reps. Without a command it opens the app.\n\n");
        s.append("Usage:\n");
        for (Command c : Registry.COMMANDS.values()) {
            s.append("  ").append(c.usage()).append('\n');
        }
        s.append("  repdesk help\n\n");
        s.append("  demo      fill a new, empty data file with realistic demo data (same seed, same data)\n");
        s.append("  import    add members from a CSV file (UTF-8; header names the columns); all or nothing\n");
        s.append("  export    write members, cases or demands as CSV (opens in a spreadsheet) or JSON, owner-only\n");
        s.append("  demands   the demands log as a table: status, last response, evidence, overdue promises;\n");
        s.append("            --load-bulletins first adds the campaign's demands (twice adds nothing)\n");
        s.append("  capacity  WMT available points and capacity % for the figures given\n");
        s.append("  check     check the data file for damage (quick; --full compares every index too); it is never changed\n");
        s.append("  backup    a consistent, owner-only copy into the backups folder beside the data file, or --out FILE\n");
        s.append("  restore   check a backup, keep the current file aside (time-stamped), put the backup in its place\n");
        s.append("  audit     export the audit trail (who changed what, and when; no note text) as CSV or JSON\n");
        s.append("  subject-access  everything held about one member, as JSON and PDF, in a new dated folder\n");
        s.append("  passphrase  protect the data file and its backups with a passphrase (AES-256), change it, remove it\n");
        s.append("  print     a case summary, or --hearings the summaries for the next --days (14), to a printer\n");
        s.append("            (--printer NAME, else the default or the only one); the pages are the PDF's, sharp\n");
        s.append("  printers  the print queues of this computer, the default marked\n");
        s.append("  ").append(org.repdesk.i18n.Messages.text("absence.cli.help")).append('\n');
        s.append("  ").append(org.repdesk.i18n.Messages.text("papers.cli.help")).append('\n');
        s.append("  ").append(org.repdesk.i18n.Messages.text("papers.cli.calendar-help")).append("\n\n");
        s.append("A protected data file's passphrase is read from REPDESK_PASSPHRASE, or asked for in the terminal;\n");
        s.append("  a new one from REPDESK_NEW_PASSPHRASE, or asked for twice. Never give it as an argument.\n");
        s.append("  Exports, briefs and reports from a protected file are plain text: add --plain-text to write them.\n");
        s.append("Member CSV columns: membership_number, name, union, grade (required), team, office, region,\n");
        s.append("  email, phone, contracted_hours.\n");
        s.append("  casebook  set up and run a branch casebook on PostgreSQL: init, add-user, assign, users, import-file\n");
        s.append("--db FILE  the data file (default ").append(DataLocation.defaultDataFile()).append(")\n");
        s.append("--db postgresql://SERVER[:PORT]/DATABASE?user=LOGIN  a branch casebook instead (docs/casebook.md);\n");
        s.append("  its password from PGPASSWORD, ~/.pgpass, or asked for in the terminal, as psql does.\n");
        s.append("repdesk --version  the version of RepDesk (as its package names it)\n");
        s.append("Exit status: 0 done, 1 failed, 2 command not understood.\n");
        return s.toString();
    }
}
