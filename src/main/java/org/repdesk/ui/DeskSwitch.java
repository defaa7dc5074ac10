package org.repdesk.ui;

import javafx.stage.Stage;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.papers.Runner;

/**
 * File ▸ Open branch casebook… and File ▸ Back to my own data file: the window handed to another desk.
 * First, as on quitting ({@link OpenForms#mayLeave}), whatever is typed and not saved is asked about,
 * in words that say Discard goes to the other desk; Keep editing (Cancel) stays, nothing lost. Then the
 * windows showing this desk (an absence record) close, the rep signs in (or their own file opens), and
 * the app ({@link OtherDesks}) hands the window over and closes the desk it leaves.
 */
final class DeskSwitch {

    private final Stage stage;
    private final DeskState state;
    private final OpenForms forms;
    /** The app's: opens the other desk and hands the window over. */
    private OtherDesks desks;
    /** Between the rep's yes and the window handed over: another switch asked meanwhile waits its turn. */
    private boolean handingOver;

    DeskSwitch(Stage stage, DeskState state, OpenForms forms) {
        this.stage = stage;
        this.state = state;
        this.forms = forms;
    }

    /** Where the window can go, and how it is handed over (the app's, or a test's). */
    void onSwitch(OtherDesks desks) {
        this.desks = desks;
    }

    /** Once the server says yes, the window works on the casebook. */
    void openCasebook() {
        if (desks == null || handingOver) {
            return;
        }
        forms.mayLeave(Leaving.TO_CASEBOOK, this::openCasebook).ifPresent(leave ->
                desks.signIn(stage, Runner.of(state, () -> stage), casebook -> handOver(leave, casebook)));
    }

    /** From a casebook back to the rep's own data file. */
    void backToOwnFile() {
        if (desks == null || handingOver) {
            return;
        }
        forms.mayLeave(Leaving.TO_OWN_FILE, this::backToOwnFile).ifPresent(leave -> {
            RepDesk own = desks.ownFile();
            if (own != null) { // else the rep chose not to open it: they stay where they are, the forms as typed
                handOver(leave, own);
            }
        });
    }

    /**
     * What the rep discarded goes, then the window goes to {@code next}, once the store worker has done
     * all it was asked (the crash copies' removal among it): the desk it works on closes as the window
     * is handed over, and the worker is stopped then, its waiting work dropped.
     */
    private void handOver(OpenForms.Leave leave, RepDesk next) {
        handingOver = true;
        leave.discardTyped();
        state.background().attempt(() -> null, done -> desks.handOver(next), cannot -> desks.handOver(next));
    }
}
