package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.Console;

/**
 * Where the command line gets passphrases: an environment variable (for scripts), or the
 * terminal without echo. Never from an argument, which other users can see in the process list
 * and which lands in shell history.
 */
final class Passphrases {

    static final String CURRENT = "REPDESK_PASSPHRASE";
    static final String NEW = "REPDESK_NEW_PASSPHRASE";
    /** The flag that lets a document command write plain text from a protected file. */
    static final String PLAIN_TEXT = "--plain-text";

    private Passphrases() {
    }

    /** The passphrase of the (protected) data file. */
    static char[] current(Command.Call call) {
        return currentFor(call, call.dataFile());
    }

    /** Where psql, and so RepDesk, reads a casebook login's password from in scripts. */
    static final String SERVER_PASSWORD = "PGPASSWORD";

    /**
     * Opens the casebook as psql would: the password from PGPASSWORD, else whatever ~/.pgpass holds
     * (the driver reads it), else asked for in the terminal when the server wants one.
     */
    static org.repdesk.service.RepDesk openCasebook(Command.Call call) {
        String fromEnvironment = call.environment().apply(SERVER_PASSWORD);
        char[] password = fromEnvironment == null ? null : fromEnvironment.toCharArray();
        try {
            return org.repdesk.service.RepDesk.openCasebook(call.casebook(), password);
        } catch (org.repdesk.store.StoreException e) {
            if (password != null || e.kind() != org.repdesk.store.StoreException.Kind.PASSWORD_NEEDED
                    && e.kind() != org.repdesk.store.StoreException.Kind.WRONG_PASSWORD) {
                throw e;
            }
            Console console = System.console();
            if (console == null) {
                throw new CommandFailure(Messages.text("cli.casebook.passwordNeeded", Map.of("user",
                        String.valueOf(call.casebook().user()), "variable", SERVER_PASSWORD)));
            }
            char[] typed = console.readPassword("%s", Messages.text("cli.casebook.passwordPrompt", Map.of("casebook",
                    call.casebook().describe())));
            if (typed == null) {
                throw new CommandFailure(Messages.text("cli.casebook.noPassword"));
            }
            try {
                return org.repdesk.service.RepDesk.openCasebook(call.casebook(), typed);
            } finally {
                java.util.Arrays.fill(typed, '\0');
            }
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** The passphrase of another protected data file (one brought into a casebook). */
    static char[] currentFor(Command.Call call, java.nio.file.Path file) {
        return read(call, CURRENT, Messages.text("cli.passphrase.prompt", Map.of("file", String.valueOf(file.getFileName()))),
                Messages.text("cli.passphrase.needed", Map.of("file", file.toString(), "variable", CURRENT)));
    }

    /** A new passphrase; in a terminal it is asked for twice. */
    static char[] fresh(Command.Call call) {
        String fromEnvironment = call.environment().apply(NEW);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandFailure(Messages.text("cli.passphrase.newNeeded", Map.of("variable", NEW)));
        }
        char[] first = console.readPassword("%s", Messages.text("cli.passphrase.newPrompt"));
        char[] second = console.readPassword("%s", Messages.text("cli.passphrase.againPrompt"));
        if (first == null || second == null || !java.util.Arrays.equals(first, second)) {
            throw new CommandFailure(Messages.text("cli.passphrase.notSame"));
        }
        java.util.Arrays.fill(second, '\0');
        return first;
    }

    private static char[] read(Command.Call call, String variable, String prompt, String failure) {
        String fromEnvironment = call.environment().apply(variable);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("%s", prompt);
        if (typed == null) {
            throw new CommandFailure(failure);
        }
        return typed;
    }

    /**
     * Documents (exports, briefs, summaries, reports, subject-access packs) are plain text. From a
     * protected file they are written only when the rep says so with --plain-text.
     */
    static void requirePlainTextConsent(Command.Call call, String what) {
        if (!call.onCasebook() && org.repdesk.service.RepDesk.isProtected(call.dataFile()) && !call.args().flag(PLAIN_TEXT)) {
            throw new CommandFailure(Messages.text("cli.passphrase.plainText", Map.of("what", what)));
        }
    }
}
