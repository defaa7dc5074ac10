package org.repdesk.ui.casebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.repdesk.i18n.Messages;
import org.repdesk.service.CasebookImport;
import org.repdesk.service.DataLocation;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.Background;
import org.repdesk.ui.Dialogs;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Bring a data file into this casebook…: what {@code casebook import-file} does, in the app.
 * The file is read and the plan shown first (what comes in, what matches, every conflict); nothing
 * is written until the rep says so, and then all of it in one transaction. The file is chosen and
 * every question asked through {@link Dialogs}, the reading and writing done through a
 * {@link Runner}: a test runs the whole of it without a window. One at a time: asked again while a
 * file is being brought in, it does nothing.
 */
public final class BringFileInViewModel {

    private static final Logger LOG = Logger.getLogger(BringFileInViewModel.class.getName());

    /** Asks for a protected file's passphrase: empty when the rep would rather not open it (the caller's to wipe). */
    @FunctionalInterface
    public interface PassphraseAsk {
        Optional<char[]> passphraseFor(Path file);
    }

    private final Supplier<RepDesk> casebook;
    private final Runner runner;
    private final Dialogs dialogs;
    private final PassphraseAsk passphrases;
    private final Runnable broughtIn;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    /**
     * @param casebook the casebook the file is brought into
     * @param passphrases asks for a protected file's passphrase
     * @param broughtIn the desk's lists read again once something was brought in
     */
    public BringFileInViewModel(Supplier<RepDesk> casebook, Runner runner, Dialogs dialogs, PassphraseAsk passphrases,
            Runnable broughtIn) {
        this.casebook = casebook;
        this.runner = runner;
        this.dialogs = dialogs;
        this.passphrases = passphrases;
        this.broughtIn = broughtIn;
    }

    /** True from the file chosen until the rep has been told how it ended (or said no). */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The heading of what the last file came to ("Brought into the casebook", "Nothing was brought in: …"). */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Asks for the file (starting in RepDesk's data folder), then its passphrase if it has one, then shows the plan. */
    public void bringIn() {
        if (working.get()) {
            return;
        }
        dialogs.chooseFileToOpen(Messages.text("casebook.import.choose"),
                Dialogs.FileType.of(Messages.text("casebook.import.files"), "*.db"),
                DataLocation.defaultDataFile().getParent()).ifPresent(file -> {
                    working.set(true);
                    attempt(null, () -> RepDesk.isProtected(file), isProtected -> {
                        if (!isProtected) {
                            new OneFile(file, null).plan(false);
                            return;
                        }
                        Optional<char[]> passphrase = passphrases.passphraseFor(file);
                        if (passphrase.isPresent()) {
                            new OneFile(file, passphrase.get()).plan(false);
                        } else {
                            working.set(false);
                        }
                    });
                });
    }

    /** The work's result, or what stopped it: caught on the worker, so that {@code working} ends on the FX thread either way. */
    private record Ended<T>(T result, Exception failure) {
    }

    /** Runs {@code job} on the worker; a failure is told, {@code file}'s passphrase wiped and the work ended. */
    private <T> void attempt(OneFile file, Background.Job<T> job, Consumer<T> done) {
        String failure = Messages.text("casebook.import.failed");
        runner.run(failure, () -> {
            try {
                return new Ended<>(job.run(), null);
            } catch (Exception e) {
                return new Ended<T>(null, e);
            }
        }, ended -> {
            if (ended.failure() == null) {
                done.accept(ended.result());
                return;
            }
            LOG.log(Level.WARNING, failure, ended.failure());
            if (file != null) {
                file.done();
            }
            working.set(false);
            outcome.set(failure);
            dialogs.failed(failure, ended.failure());
        });
    }

    /** One file being brought in, with its passphrase (wiped once it is done with). */
    private final class OneFile {

        private final Path file;
        private final char[] passphrase;

        OneFile(Path file, char[] passphrase) {
            this.file = file;
            this.passphrase = passphrase;
        }

        /** Reads both sides, writes nothing; the rep says yes to the plan, or to new numbers for clashing cases. */
        void plan(boolean renumber) {
            attempt(this, () -> {
                try (RepDesk source = RepDesk.openCopy(file, passphrase)) {
                    return new CasebookImport(source, casebook.get(), renumber).plan();
                }
            }, plan -> {
                if (plan.conflicts().isEmpty()) {
                    confirm(plan, renumber);
                } else if (!renumber && plan.renumberingResolvesAll()) {
                    if (dialogs.confirm(Messages.text("casebook.import.clashes", plan.conflicts().size()),
                            Messages.text("casebook.import.clashesDetail"), Messages.text("casebook.import.renumber"))) {
                        plan(true);
                    } else {
                        done();
                    }
                } else {
                    done();
                    showConflicts(plan.conflicts());
                }
            });
        }

        /** Every conflict, one a line (a long list scrolls: a file can have hundreds). */
        private void showConflicts(List<String> conflicts) {
            List<String> lines = new ArrayList<>();
            lines.add(Messages.text("casebook.import.conflictsDetail"));
            conflicts.forEach(c -> lines.add("• " + c));
            String header = Messages.text("casebook.import.conflicts", conflicts.size());
            outcome.set(header);
            dialogs.warn(header, lines);
        }

        private void confirm(CasebookImport.Plan plan, boolean renumber) {
            if (!dialogs.confirm(Messages.text("casebook.import.confirm"), plan.describe(),
                    Messages.text("casebook.import.bringIn"))) {
                done();
                return;
            }
            attempt(this, () -> {
                try (RepDesk source = RepDesk.openCopy(file, passphrase)) {
                    return new CasebookImport(source, casebook.get(), renumber).run(plan);
                }
            }, result -> {
                done();
                String header = Messages.text("casebook.import.done");
                outcome.set(header);
                dialogs.inform(header, List.of(result.describe()));
                broughtIn.run();
            });
        }

        void done() {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
            working.set(false);
        }
    }
}
