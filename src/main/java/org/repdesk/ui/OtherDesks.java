package org.repdesk.ui;

import java.util.function.Consumer;
import javafx.stage.Window;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.service.RepDesk;
import org.repdesk.ui.casebook.CasebookLoginDialog;
import org.repdesk.ui.casebook.CasebookLoginViewModel;
import org.repdesk.ui.papers.Runner;

/**
 * The desks the main window can go to, opened by the app, and the window handed over to one
 * ({@link DeskSwitch} asks first what is typed and not saved; a test stands in for the app).
 */
public interface OtherDesks {

    /**
     * The rep signs in to a branch casebook over {@code owner}: {@code opened} gets it once the server
     * says yes; {@code notOpened} runs when the rep cancels the sign-in instead.
     */
    void signIn(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened);

    /** The rep's own data file, opened; null when it was not (no passphrase given, a restore refused). */
    RepDesk ownFile();

    /** The window goes to {@code next}; the desk it leaves is closed. */
    void handOver(RepDesk next);

    /**
     * The app's: the sign-in dialog over the casebooks opened before (read off the FX thread), the rep's
     * own file opened by {@code ownFile}, the window handed over by {@code handOver}.
     */
    static OtherDesks ofTheApp(java.util.function.Supplier<RepDesk> ownFile, Consumer<RepDesk> handOver) {
        return new OtherDesks() {
            @Override
            public void signIn(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened) {
                CasebookLoginViewModel.read(RecentCasebooks.inDataFolder(), RepDesk::openCasebook, runner,
                        vm -> new CasebookLoginDialog(owner, vm).showAndWait().ifPresentOrElse(opened, notOpened));
            }

            @Override
            public RepDesk ownFile() {
                return ownFile.get();
            }

            @Override
            public void handOver(RepDesk next) {
                handOver.accept(next);
            }
        };
    }
}
