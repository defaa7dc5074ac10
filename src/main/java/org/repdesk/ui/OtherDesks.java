package org.repdesk.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Logs;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.service.RepDesk;
import org.repdesk.store.StoreException;
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

    /**
     * The rep's own data file, opened by {@code opening}'s worker, never on the FX thread (whether it is
     * protected read first by {@code checking}'s, and its passphrase asked then when it has one; only the
     * opening stands a Working window over the main window): {@code opened} gets it; {@code notOpened} runs when the rep gives no
     * passphrase. A wrong passphrase is asked again, as at start; a file that cannot be opened (damaged,
     * in use) is said by the runner, which gives the switch up: the window stays on the desk it is on.
     */
    void ownFile(Window owner, Runner checking, Runner opening, Consumer<RepDesk> opened, Runnable notOpened);

    /** The window goes to {@code next}; the desk it leaves is closed. */
    void handOver(RepDesk next);

    /**
     * The app's: the sign-in dialog over the casebooks opened before ({@code recent}, read off the FX
     * thread), the rep's own file at {@code ownFile} opened on the worker, the window handed over by
     * {@code handOver}.
     */
    static OtherDesks ofTheApp(RecentCasebooks recent, Supplier<Path> ownFile, Consumer<RepDesk> handOver) {
        return new OtherDesks() {
            @Override
            public void signIn(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened) {
                CasebookLoginViewModel.read(recent, RepDesk::openCasebook, runner,
                        vm -> new CasebookLoginDialog(owner, vm).showAndWait().ifPresentOrElse(opened, notOpened));
            }

            @Override
            public void ownFile(Window owner, Runner checking, Runner opening, Consumer<RepDesk> opened, Runnable notOpened) {
                Path file = ownFile.get();
                String failure = Messages.text("shell.switch.ownFileNotOpened");
                checking.run(failure, () -> RepDesk.isProtected(file), isProtected -> {
                    if (isProtected) { // asked here, on the FX thread; the file is opened on the worker
                        askThenOpen(owner, opening, file, null, opened, notOpened);
                    } else {
                        open(opening, file, null, opened, () -> { });
                    }
                });
            }

            /** Asks for the file's passphrase (again, with {@code problem}, after a wrong one), then opens it. */
            private void askThenOpen(Window owner, Runner runner, Path file, String problem,
                    Consumer<RepDesk> opened, Runnable notOpened) {
                PassphraseDialog.Answer answer = PassphraseDialog.askToOpen(owner, file, problem);
                if (answer.choice() != PassphraseDialog.Choice.OPEN) { // Cancel
                    notOpened.run();
                    return;
                }
                open(runner, file, answer.passphrase(), opened,
                        () -> askThenOpen(owner, runner, file, Messages.text("start.wrongPassphrase"), opened, notOpened));
            }

            /** Opens the file on the worker; a passphrase not accepted goes to {@code wrongPassphrase}, as at start. */
            private void open(Runner runner, Path file, char[] given, Consumer<RepDesk> opened, Runnable wrongPassphrase) {
                runner.run(Messages.text("shell.switch.ownFileNotOpened"), () -> {
                    try {
                        Logs.toFolderOf(file);
                        return Optional.of(RepDesk.open(file, given));
                    } catch (StoreException e) {
                        if (given != null && (e.kind() == StoreException.Kind.WRONG_PASSPHRASE
                                || e.kind() == StoreException.Kind.PASSPHRASE_NEEDED)) {
                            return Optional.<RepDesk>empty();
                        }
                        throw e;
                    } finally {
                        if (given != null) {
                            Arrays.fill(given, '\0');
                        }
                    }
                }, desk -> desk.ifPresentOrElse(opened, wrongPassphrase));
            }

            @Override
            public void handOver(RepDesk next) {
                handOver.accept(next);
            }
        };
    }
}
