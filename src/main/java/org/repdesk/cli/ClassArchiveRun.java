package org.repdesk.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.repdesk.service.RepDesk;

/**
 * The commands a rep runs, run once over a small demo file in a temporary folder, so that the JVM of the
 * .deb's archive run (-XX:ArchiveClassesAtExit, packaging/linux/scripts/postinst) writes their classes too:
 * the PDF, chart, spreadsheet and JSON libraries, the driver, the queries and our own. Each command then
 * maps them from the archive instead of reading and verifying them from the jars (a brief on the 100k
 * file spent 2.4-2.7 s of CPU, much of it loading classes; issue 21). Nothing outside the temporary folder
 * is read or written (the SQLite library is unpacked there too), no server is contacted (the PostgreSQL
 * driver's classes are loaded from a list, never connected), and the folder is deleted whatever happens.
 * A command that fails is counted, not fatal: the archive then lacks only its classes.
 */
public final class ClassArchiveRun {

    /** The casebook login's classes (the PostgreSQL driver and SCRAM), one a line: see the list's head. */
    static final String CASEBOOK_LIST = "casebook-classes.txt";

    /** Cases and members of the demo file: enough for every document's sections, ~1 s to write. */
    private static final String CASES = "300";
    private static final String MEMBERS = "60";

    private ClassArchiveRun() {
    }

    /** What a run did: commands run, the words of those that failed, casebook classes loaded. */
    public record Done(int commands, List<String> failed, int casebookClasses) {
        @Override
        public String toString() { // the .deb's postinst log
            return commands + " commands run (" + failed.size() + " failed" + (failed.isEmpty() ? "" : ": " + failed) + "), " // not for reps
                    + casebookClasses + " casebook classes loaded"; // not for reps
        }
    }

    /** Runs the commands in a new temporary folder, deleted afterwards; never throws for a command's failure. */
    public static Done run() throws IOException {
        Path folder = Files.createTempDirectory("repdesk-archive-run");
        try {
            return runIn(folder);
        } finally {
            org.repdesk.service.Folders.deleteTree(folder);
        }
    }

    private static Done runIn(Path folder) {
        // As a command's start does (Main), but with the SQLite library's copy in the folder, not the cache.
        org.repdesk.store.Database.keepNativeLibraryIn(folder.resolve("native"));
        RepDesk.loadDriver();
        org.repdesk.report.ChartLook.forCommands();
        String db = folder.resolve("demo.db").toString();
        PrintStream nowhere = new PrintStream(java.io.OutputStream.nullOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8);
        List<String> failed = new ArrayList<>();
        run(List.of("demo", "--members", MEMBERS, "--cases", CASES), db, nowhere, failed);
        String caseRef;
        String member;
        // No demo file, no archive worth keeping: the failure ends the run (Main exits 1, postinst keeps none).
        try (RepDesk desk = RepDesk.open(Path.of(db))) {
            caseRef = desk.cases().firstRows(1).get(0).reference();
            // The first case's member, so the subject-access folder has a case in it.
            member = desk.members().byId(desk.cases().byReference(caseRef).orElseThrow().memberId()).orElseThrow()
                    .membershipNumber();
        }
        String out = folder.resolve("out").toString();
        try {
            Files.createDirectories(folder.resolve("subject-access"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rest = List.of(
                List.of("brief", "--out", out + "-brief.pdf"),
                List.of("brief", "--out", out + "-brief.html"),
                List.of("brief", "--out", out + "-brief.md"),
                List.of("report", "caseload", "--out", out + "-caseload.pdf"),
                List.of("summary", caseRef, "--out", out + "-summary.pdf"),
                List.of("export", "cases", "--format", "csv", "--out", out + "-cases.csv"),
                List.of("export", "cases", "--format", "xlsx", "--out", out + "-cases.xlsx"),
                List.of("export", "cases", "--format", "json", "--out", out + "-cases.json"),
                List.of("export", "members", "--format", "csv", "--out", out + "-members.csv"),
                List.of("export", "members", "--format", "xlsx", "--out", out + "-members.xlsx"),
                List.of("export", "members", "--format", "json", "--out", out + "-members.json"),
                List.of("export", "deadlines", "--format", "xlsx", "--out", out + "-deadlines.xlsx"),
                List.of("export", "workload", "--format", "xlsx", "--out", out + "-workload.xlsx"),
                List.of("calendar", "--out", out + "-calendar.ics"),
                List.of("check"),
                List.of("check", "--full"),
                List.of("subject-access", member, "--out", folder.resolve("subject-access").toString()),
                List.of("letter", caseRef, "--template", "appeal", "--out", out + "-letter.docx"),
                List.of("letter", caseRef, "--template", "appeal", "--out", out + "-letter.pdf"),
                List.of("demands"),
                List.of("documents", caseRef),
                List.of("templates"));
        for (List<String> command : rest) {
            run(command, db, nowhere, failed);
        }
        int casebook = org.repdesk.StartupClasses.load(org.repdesk.StartupClasses.listed(ClassArchiveRun.class, CASEBOOK_LIST),
                ClassArchiveRun.class.getClassLoader(), true);
        return new Done(1 + rest.size(), List.copyOf(failed), casebook);
    }

    /** Runs one command; when it fails, adds its first two words to {@code failed}. */
    private static void run(List<String> command, String db, PrintStream nowhere, List<String> failed) {
        List<String> args = new ArrayList<>(List.of("--db", db));
        args.addAll(command);
        // No environment: the installing administrator's PGPASSWORD or REPDESK_PASSPHRASE are none of its business.
        if (Cli.run(args.toArray(String[]::new), nowhere, nowhere, name -> null) != 0) {
            failed.add(String.join(" ", command.subList(0, Math.min(2, command.size()))));
        }
    }
}
