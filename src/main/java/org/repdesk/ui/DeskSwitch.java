package org.repdesk.ui;

import java.util.function.Consumer;
import javafx.stage.Stage;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.casebook.CasebookLoginDialog;
import org.repdesk.ui.casebook.CasebookLoginViewModel;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Open branch casebook… and File ▸ Back to my own file: the window handed to another desk.
 * The app does the handing over ({@link #onSwitch}); this asks which desk.
 */
final class DeskSwitch {

    private final Stage stage;
    private final DeskState state;
    /** Given the casebook the rep opened (or null: back to their own file); the app swaps the window's desk. */
    private Consumer<RepDesk> switchDesk = d -> { };

    DeskSwitch(Stage stage, DeskState state) {
        this.stage = stage;
        this.state = state;
    }

    /** What the app does when the rep opens a casebook (or goes back to their own file: null). */
    void onSwitch(Consumer<RepDesk> handler) {
        this.switchDesk = handler;
    }

    /** Once the server says yes, the window works on the casebook. */
    void openCasebook() {
        CasebookLoginViewModel.read(RecentCasebooks.inDataFolder(), RepDesk::openCasebook, Runner.of(state, () -> stage),
                vm -> new CasebookLoginDialog(stage, vm).showAndWait().ifPresent(switchDesk));
    }

    /** From a casebook back to the rep's own data file. */
    void backToOwnFile() {
        switchDesk.accept(null);
    }
}
