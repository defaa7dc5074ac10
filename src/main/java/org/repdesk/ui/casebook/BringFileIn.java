package org.repdesk.ui.casebook;

import java.nio.file.Path;
import java.util.Optional;
import org.repdesk.ui.DeskState;
import org.repdesk.ui.PassphraseDialog;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Bring a data file into this casebook…, in the app: {@link BringFileInViewModel} over the
 * window's dialogs and worker, a protected file's passphrase asked in {@link PassphraseDialog}.
 */
public final class BringFileIn {

    private BringFileIn() {
    }

    /** The flow for the casebook {@code state} works on; its lists are read again once a file is brought in. */
    public static BringFileInViewModel viewModel(DeskState state) {
        return new BringFileInViewModel(state::desk, Runner.of(state, state::owner), state.dialogs(),
                file -> askPassphrase(state.owner(), file), state::reloadAll);
    }

    private static Optional<char[]> askPassphrase(javafx.stage.Window owner, Path file) {
        PassphraseDialog.Answer answer = PassphraseDialog.askToOpen(owner, file);
        return answer.choice() == PassphraseDialog.Choice.OPEN ? Optional.of(answer.passphrase()) : Optional.empty();
    }
}
