package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
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
        call.requireDataFile(Messages.text("cli.backup.casebook"));
        if (call.args().flag("--list") && call.args().option("--out").isPresent()) {
            throw call.args().wrong(Messages.text("cli.backup.outOrList"));
        }
        if (call.args().flag("--list")) {
            List<Backups.Backup> backups = Backups.list(call.dataFile());
            if (backups.isEmpty()) {
                call.out().println(Messages.text("cli.backup.none", Map.of("file", call.dataFile().toAbsolutePath().toString())));
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
                call.out().println(Messages.text("cli.backup.done", Map.of("file", String.valueOf(desk.dataFile()), "to", out.toAbsolutePath().toString())));
            } else {
                Backups.Backup b = backups.now();
                call.out().println(Messages.text("cli.backup.done", Map.of("file", String.valueOf(desk.dataFile()), "to", b.file().toString())));
            }
            return 0;
        }
    }
}
