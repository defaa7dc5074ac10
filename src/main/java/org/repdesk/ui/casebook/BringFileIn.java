package org.repdesk.ui.casebook;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.service.CasebookImport;
import org.repdesk.service.DataLocation;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.DeskState;
import org.repdesk.ui.PassphraseDialog;

/**
 * File ▸ Bring a data file into this casebook…: what {@code casebook import-file} does, in the app.
 * The file is read and the plan shown first (what comes in, what matches, every conflict); nothing
 * is written until the rep says so, and then all of it in one transaction.
 */
public final class BringFileIn {

    private final Window owner;
    private final DeskState state;
    private final Path file;
    private final char[] passphrase;

    private BringFileIn(Window owner, DeskState state, Path file, char[] passphrase) {
        this.owner = owner;
        this.state = state;
        this.file = file;
        this.passphrase = passphrase;
    }

    /** Asks for the file (and its passphrase if it has one), then shows the plan. */
    public static void start(Window owner, DeskState state) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("casebook.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("casebook.import.files"), "*.db"));
        File folder = DataLocation.defaultDataFile().getParent().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        char[] passphrase = null;
        if (RepDesk.isProtected(file)) {
            PassphraseDialog.Answer answer = PassphraseDialog.askToOpen(file, null, false);
            if (answer.choice() != PassphraseDialog.Choice.OPEN) {
                return;
            }
            passphrase = answer.passphrase();
        }
        new BringFileIn(owner, state, file, passphrase).plan(false);
    }

    private void plan(boolean renumber) {
        state.background().run(owner, Messages.text("casebook.import.failed"), () -> {
            try (RepDesk source = RepDesk.openCopy(file, passphrase)) {
                return new CasebookImport(source, state.desk(), renumber).plan();
            }
        }, plan -> {
            if (plan.conflicts().isEmpty()) {
                confirm(plan, renumber);
            } else if (!renumber && plan.renumberingResolvesAll()) {
                if (state.dialogs().confirm(Messages.text("casebook.import.clashes", plan.conflicts().size()),
                        Messages.text("casebook.import.clashesDetail"), Messages.text("casebook.import.renumber"))) {
                    plan(true);
                } else {
                    done();
                }
            } else {
                showConflicts(plan.conflicts());
                done();
            }
        }, this::done);
    }

    /** Every conflict, one a line (a long list scrolls: a file can have hundreds, and the dialog must fit the screen). */
    private void showConflicts(List<String> conflicts) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(Messages.text("casebook.import.conflictsDetail"));
        conflicts.forEach(c -> lines.add("• " + c));
        state.dialogs().warn(Messages.text("casebook.import.conflicts", conflicts.size()), lines);
    }

    private void confirm(CasebookImport.Plan plan, boolean renumber) {
        if (!state.dialogs().confirm(Messages.text("casebook.import.confirm"), plan.describe(),
                Messages.text("casebook.import.bringIn"))) {
            done();
            return;
        }
        state.background().run(owner, Messages.text("casebook.import.failed"), () -> {
            try (RepDesk source = RepDesk.openCopy(file, passphrase)) {
                return new CasebookImport(source, state.desk(), renumber).run(plan);
            }
        }, result -> {
            done();
            state.dialogs().inform(Messages.text("casebook.import.done"), List.of(result.describe()));
            state.reloadAll();
        }, this::done);
    }

    private void done() {
        if (passphrase != null) {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }
}
