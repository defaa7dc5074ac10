package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.service.Backups;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.BackupsHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Backups…: the rep sees the backups kept and makes one with a click. */
@ExtendWith(ApplicationExtension.class)
class BackupDialogTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private DeskState state;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("backup-ui-" + System.nanoTime()));
        desk.members().save(Builders.aMember().build());
        state = new DeskState(desk, new Background());
        stage.setScene(new Scene(new StackPane(), 300, 200));
        state.setOwner(stage);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Platform.isFxApplicationThread()).get();
        desk.close();
    }

    @Test
    void backUpNowAddsABackupToTheList(FxRobot robot) throws Exception {
        Platform.runLater(() -> BackupDialog.show(state));
        BackupsHandle backups = new BackupsHandle(robot).waitOpen();
        assertEquals(List.of(), backups.listed());

        backups.backUpNow();
        waitUntil(() -> backups.listed().size() == 1);

        assertTrue(backups.listed().get(0).contains("backed up by you"), backups.listed().get(0));
        assertEquals(1, new Backups(desk).list().size());
        backups.close();
    }

    @Test
    void howManyAutomaticBackupsToKeepIsSetInTheDialog(FxRobot robot) throws Exception {
        assertEquals(14, new Backups(desk).keep());
        Platform.runLater(() -> BackupDialog.show(state));
        BackupsHandle backups = new BackupsHandle(robot).waitOpen();

        backups.keep(30);

        waitUntil(() -> new Backups(desk).keep() == 30);
        backups.close();
    }
}
