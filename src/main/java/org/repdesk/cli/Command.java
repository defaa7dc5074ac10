package org.repdesk.cli;

import java.util.Map;
import org.repdesk.i18n.Messages;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** One command of the command line. Checks its arguments before it touches any file. */
interface Command {

    /**
     * What the command is given: its own arguments, the data file, where to write, and the
     * environment (where a passphrase may come from; tests give their own).
     */
    record Call(Args args, Path dataFile, org.repdesk.model.CasebookAddress casebook, PrintStream out, PrintStream err,
                java.util.function.Function<String, String> environment, org.repdesk.i18n.DocumentLanguage language) {

        /** A call whose documents are in the language the command line speaks. */
        Call(Args args, Path dataFile, org.repdesk.model.CasebookAddress casebook, PrintStream out, PrintStream err,
                java.util.function.Function<String, String> environment) {
            this(args, dataFile, casebook, out, err, environment, org.repdesk.i18n.DocumentLanguage.ofApp());
        }

        /** True when --db named a branch casebook (postgresql://…) rather than a file; dataFile is then null. */
        boolean onCasebook() {
            return casebook != null;
        }

        /** Refuses a command that works on a data file only, saying what to do instead. */
        void requireDataFile(String instead) {
            if (casebook != null) {
                throw new CommandFailure(Messages.text("cli.dataFileOnly", Map.of("instead", instead)));
            }
        }

        /**
         * Opens the data file, asking for its passphrase when it is protected ({@link Passphrases}),
         * or the casebook, with its login's password from PGPASSWORD, ~/.pgpass or the terminal.
         */
        org.repdesk.service.RepDesk openDesk() {
            if (casebook != null) {
                return Passphrases.openCasebook(this);
            }
            if (!org.repdesk.service.RepDesk.isProtected(dataFile)) {
                return org.repdesk.service.RepDesk.open(dataFile);
            }
            char[] passphrase = Passphrases.current(this);
            try {
                return org.repdesk.service.RepDesk.open(dataFile, passphrase);
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }

        /**
         * Opens the data file to write {@code what} (an export or document) from it: plain text, so
         * from a protected file only with --plain-text ({@link Passphrases#requirePlainTextConsent}).
         */
        org.repdesk.service.RepDesk openDeskToWrite(String what) {
            Passphrases.requirePlainTextConsent(this, what);
            return openDeskToRead();
        }

        /**
         * {@link #openDeskToWrite} for a document whose writing is itself recorded in the data file
         * (the subject access pack goes into the audit trail), so the file is opened to write.
         */
        org.repdesk.service.RepDesk openDeskToWriteRecorded(String what) {
            Passphrases.requirePlainTextConsent(this, what);
            return openDesk();
        }

        /** Opens the data file only to read it: the command leaves the file's bytes as they were. */
        org.repdesk.service.RepDesk openDeskToRead() {
            if (casebook != null) {
                return Passphrases.openCasebook(this); // the server's data: nothing of the laptop's to leave untouched
            }
            if (!org.repdesk.service.RepDesk.isProtected(dataFile)) {
                return org.repdesk.service.RepDesk.openToRead(dataFile, null);
            }
            char[] passphrase = Passphrases.current(this);
            try {
                return org.repdesk.service.RepDesk.openToRead(dataFile, passphrase);
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }

    String name();

    /** One usage line, e.g. "repdesk [--db FILE] check". */
    String usage();

    /** The options it accepts, with their leading "--"; each takes a value. */
    default Set<String> options() {
        return Set.of();
    }

    /** The flags it accepts (options without a value), with their leading "--". */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs and returns the exit status (0 done, 1 failed); throws UsageException for bad arguments. */
    int run(Call call) throws IOException;
}
