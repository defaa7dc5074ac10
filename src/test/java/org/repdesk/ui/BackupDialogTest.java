package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backupList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Backups.Backup> list = robot.lookup("#backupList").queryAs(ListView.class);
        assertEquals(0, list.getItems().size());

        javafx.scene.control.Button backUpNow = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                && "Back up now".equals(b.getText())).queryButton();
        robot.interact(backUpNow::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);

        assertTrue(list.getItems().get(0).describe().contains("backed up by you"), list.getItems().get(0).describe());
        assertEquals(1, new Backups(desk).list().size());
        robot.interact(() -> ((Stage) list.getScene().getWindow()).close());
    }

    @Test
    void howManyAutomaticBackupsToKeepIsSetInTheDialog(FxRobot robot) throws Exception {
        assertEquals(14, new Backups(desk).keep());
        Platform.runLater(() -> BackupDialog.show(state));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backups-keep").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> keep = robot.lookup("#backups-keep").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> keep.getValueFactory().setValue(30));
        robot.interact(() -> robot.lookup("#backups-keep-save").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> new Backups(desk).keep() == 30);
        robot.interact(() -> ((Stage) keep.getScene().getWindow()).close());
    }
}
