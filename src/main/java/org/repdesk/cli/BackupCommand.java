package org.repdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.repdesk.service.Backups;
import org.repdesk.service.RepDesk;

/**
 * {@code backup}: a consistent copy of the data file (SQLite's online backup, safe while the app
 * runs), into the backups folder or to {@code --out FILE}; {@code --list} shows the backups kept.
 */
final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] backup [--out FILE | --list]";
    }

    @Override
    public Set<String> options() {
        return Set.of("--out");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--list");
    }

    @Override
    public int run(Call call) {
        call.args().words(0, "nothing");
        call.requireDataFile("a casebook is backed up on its server, with pg_dump (docs/casebook.md, \"Backups\").");
        if (call.args().flag("--list") && call.args().option("--out").isPresent()) {
            throw call.args().wrong("give --out or --list, not both");
        }
        if (call.args().flag("--list")) {
            List<Backups.Backup> backups = Backups.list(call.dataFile());
            if (backups.isEmpty()) {
                call.out().println("No backups of " + call.dataFile().toAbsolutePath() + " yet.");
            }
            backups.forEach(b -> call.out().println(b.file() + "  " + b.describe()));
            return 0;
        }
        DataFiles.requireExisting(call.dataFile());
        try (RepDesk desk = call.openDesk()) {
            Backups backups = new Backups(desk);
            if (call.args().option("--out").isPresent()) {
                Path out = Path.of(call.args().required("--out"));
                backups.copyTo(out);
                call.out().println("Backed up " + desk.dataFile() + " to " + out.toAbsolutePath() + " (owner-only).");
            } else {
                Backups.Backup b = backups.now();
                call.out().println("Backed up " + desk.dataFile() + " to " + b.file() + " (owner-only).");
            }
            return 0;
        }
    }
}
