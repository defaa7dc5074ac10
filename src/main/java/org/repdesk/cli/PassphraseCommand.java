package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import org.repdesk.service.Protection;
import org.repdesk.service.RepDesk;

/**
 * {@code passphrase status|set|change|remove}: protects the data file and its backups with a
 * passphrase (SQLite3MultipleCiphers, AES-256), changes it or removes it.
 */
final class PassphraseCommand implements Command {

    private static final List<String> ACTIONS = List.of("status", "set", "change", "remove");

    @Override
    public String name() {
        return "passphrase";
    }

    @Override
    public String usage() {
        return "repdesk [--db FILE] passphrase status|set|change|remove";
    }

    @Override
    public int run(Call call) {
        String action = call.args().words(1, Messages.text("cli.what.passphrase")).get(0);
        call.requireDataFile(Messages.text("cli.passphrase.casebook"));
        if (!ACTIONS.contains(action)) {
            throw call.args().wrong(Messages.text("cli.passphrase.unknown", Map.of("action", action)));
        }
        DataFiles.requireExisting(call.dataFile());
        boolean isProtected = RepDesk.isProtected(call.dataFile());
        if (action.equals("status")) {
            call.out().println(Messages.text(isProtected ? "cli.passphrase.isProtected" : "cli.passphrase.isPlain",
                    Map.of("file", call.dataFile().toAbsolutePath().toString())));
            return 0;
        }
        if (action.equals("set") && isProtected) {
            throw new CommandFailure(Messages.text("cli.passphrase.already"));
        }
        if (!action.equals("set") && !isProtected) {
            throw new CommandFailure(Messages.text(action.equals("change") ? "cli.passphrase.noneToChange"
                    : "cli.passphrase.noneToRemove"));
        }
        char[] current = isProtected ? Passphrases.current(call) : null;
        char[] next = null;
        try (RepDesk desk = RepDesk.open(call.dataFile(), current)) {
            Protection.Changed changed;
            if (action.equals("remove")) {
                changed = desk.protection().remove(current);
            } else {
                next = Passphrases.fresh(call);
                changed = desk.protection().change(current, next, next);
            }
            changed.describe().forEach(call.out()::println);
            return 0;
        } finally {
            if (current != null) {
                Arrays.fill(current, '\0');
            }
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
    }
}
