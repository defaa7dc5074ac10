package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.repdesk.service.MemberImport;
import org.repdesk.service.RepDesk;

/** {@code import members FILE.csv}: all the file's members, or none and every bad line named. */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] import members FILE.csv";
    }

    @Override
    public int run(Call call) throws IOException {
        var words = call.args().words(2, Messages.text("cli.what.import"));
        if (!words.get(0).equals("members")) {
            throw call.args().wrong(Messages.text("cli.import.onlyMembers", Map.of("what", words.get(0))));
        }
        Path csv = Path.of(words.get(1));
        if (Files.isDirectory(csv)) {
            throw new CommandFailure(Messages.text("cli.import.folder", Map.of("file", csv.toString())));
        }
        try (java.io.InputStream unread = Files.newInputStream(csv)) {
            // Opened first to say why it cannot be read (missing, not allowed) before any data file is made.
        }
        // Read once, added as it is read (a file of 200,000 members is never held whole, nor read twice). A
        // data file this command made is removed again when the CSV is refused or cannot be read: a missing
        // or broken CSV leaves no data file behind.
        boolean made = !call.onCasebook() && !Files.exists(call.dataFile());
        MemberImport.Result outcome = null;
        try {
            try (RepDesk desk = call.openDesk()) {
                outcome = new MemberImport(desk.database()).importFile(csv);
            }
        } finally {
            if (made && (outcome == null || !outcome.succeeded())) {
                removeMadeDataFile(call.dataFile());
            }
        }
        MemberImport.Result result = outcome;
        if (!result.notes().isEmpty()) {
            // Not problems: the import goes ahead, but the rep should see what was changed or looks odd.
            (result.succeeded() ? call.out() : call.err()).println(org.repdesk.i18n.Messages.text("export.import.notes",
                    java.util.Map.of("n", result.notes().size())));
            result.notes().forEach(p -> (result.succeeded() ? call.out() : call.err()).println("  " + p.describe()));
        }
        if (!result.succeeded()) {
            int n = result.problems().size();
            call.err().println("repdesk: " + Messages.text("cli.import.problems", Map.of("file", csv.toString(), "n", n)));
            result.problems().forEach(p -> call.err().println("  " + p.describe()));
            return 1;
        }
        call.out().println(Messages.text("cli.import.done", Map.of("n", result.imported(), "file", csv.toString(), "into",
                call.onCasebook() ? call.casebook().describe() : call.dataFile().toAbsolutePath().toString())));
        return 0;
    }

    /** The data file this command made, and its companions (nothing was kept in it: the import was refused). */
    private static void removeMadeDataFile(Path file) throws IOException {
        for (String suffix : new String[] {"-journal", "-wal", "-shm", ".lock", ""}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
