package org.repdesk.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Logs;
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

    /**
     * The rep's own data file, opened by {@code runner}'s worker, never on the FX thread (its passphrase
     * asked first when it has one): {@code opened} gets it; {@code notOpened} runs when the rep gives no
     * passphrase. A file that cannot be opened (damaged, the passphrase wrong, in use) is said by the
     * runner, which gives the switch up: the window stays on the desk it is on.
     */
    void ownFile(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened);

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
            public void ownFile(Window owner, Runner runner, Consumer<RepDesk> opened, Runnable notOpened) {
                Path file = ownFile.get();
                String failure = Messages.text("shell.switch.ownFileNotOpened");
                runner.run(failure, () -> RepDesk.isProtected(file), isProtected -> {
                    char[] passphrase = null;
                    if (isProtected) { // asked here, on the FX thread; the file is opened on the worker
                        PassphraseDialog.Answer answer = PassphraseDialog.askToOpen(owner, file);
                        if (answer.choice() != PassphraseDialog.Choice.OPEN) {
                            notOpened.run();
                            return;
                        }
                        passphrase = answer.passphrase();
                    }
                    char[] given = passphrase;
                    runner.run(failure, () -> {
                        try {
                            Logs.toFolderOf(file);
                            return RepDesk.open(file, given);
                        } finally {
                            if (given != null) {
                                Arrays.fill(given, '\0');
                            }
                        }
                    }, opened);
                });
            }

            @Override
            public void handOver(RepDesk next) {
                handOver.accept(next);
            }
        };
    }
}
