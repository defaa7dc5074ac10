package org.repdesk.cli;

import org.repdesk.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import org.repdesk.service.Backups;

/**
 * {@code restore FILE}: checks the backup (a RepDesk file, not from a newer RepDesk, healthy), keeps
 * the current data file aside under a time-stamped name, and puts the backup in its place.
 */
final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] restore BACKUP-FILE";
    }

    @Override
    public int run(Call call) {
        call.requireDataFile(Messages.text("cli.restore.casebook"));
        Path backup = Path.of(call.args().words(1, Messages.text("cli.what.backupFile")).get(0));
        // The backup is opened with the data file's passphrase (backups follow it), and a plain
        // backup restored over a protected file is protected with it.
        char[] passphrase = org.repdesk.service.RepDesk.isProtected(call.dataFile())
                || org.repdesk.service.RepDesk.isProtected(backup) ? Passphrases.current(call) : null;
        try {
            Backups.Restored restored = Backups.restore(call.dataFile(), backup, passphrase, Clock.systemDefaultZone());
            restored.describe().forEach(call.out()::println);
            return 0;
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }
}
