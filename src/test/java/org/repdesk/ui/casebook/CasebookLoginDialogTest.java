package org.repdesk.ui.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CasebookAddress;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.Background;
import org.repdesk.ui.handles.CasebookLoginHandle;
import org.repdesk.ui.papers.Runner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A rep opens the branch casebook from the dialog: a wrong password is said in the form, the right one opens it. */
@ExtendWith(ApplicationExtension.class)
class CasebookLoginDialogTest {

    @TempDir
    static Path dir;
    private final AtomicReference<RepDesk> result = new AtomicReference<>();
    private CasebookAddress casebook;
    private RecentCasebooks recent;

    @Start
    void start(Stage stage) {
        casebook = TestCasebooks.fresh().as(TestCasebooks.REP);
        recent = new RecentCasebooks(dir.resolve("recent.txt"));
        recent.remember(casebook);
        CasebookLoginViewModel vm = new CasebookLoginViewModel(recent.list(), recent,
                (a, password) -> new RepDesk(org.repdesk.store.Database.openCasebook(a, password), TestDesk.fixedClock()),
                Runner.of(new Background(), () -> stage));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 600, 500));
        CasebookLoginDialog dialog = new CasebookLoginDialog(stage, vm);
        stage.show();
        dialog.dialog().setOnHidden(e -> result.set(dialog.dialog().getResult()));
        dialog.dialog().show();
    }

    @Test
    void aWrongPasswordIsSaidInTheFormAndTheRightOneOpensTheCasebook(FxRobot robot) throws Exception {
        CasebookLoginHandle login = new CasebookLoginHandle(robot);
        login.typePassword("not-the-password").open();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !login.failure().isEmpty());
        assertTrue(login.failure().contains("did not accept"));

        login.typePassword(new String(TestCasebooks.password())).open();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> result.get() != null);
        try (RepDesk desk = result.get()) {
            assertTrue(desk.isCasebook());
            assertTrue(desk.describe().contains("as " + TestCasebooks.REP), desk.describe());
        }
        assertEquals(List.of(casebook.toString()), recent.list().stream().map(CasebookAddress::toString).toList());
        assertTrue(!java.nio.file.Files.readString(dir.resolve("recent.txt")).contains(new String(TestCasebooks.password())),
                "no password is remembered");
    }
}
