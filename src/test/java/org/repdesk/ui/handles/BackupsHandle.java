package org.repdesk.ui.handles;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.repdesk.service.Backups;
import org.repdesk.testing.FxWait;
import org.testfx.api.FxRobot;

/** File ▸ Backups… as a test sees it (ui/BackupDialog): the node ids live here, not in each test. */
public final class BackupsHandle extends Handle {

    public BackupsHandle(FxRobot robot) {
        super(robot);
    }

    /** Waits until the dialog is open and has read its list. */
    public BackupsHandle waitOpen() throws Exception {
        FxWait.waitUntil(() -> present("backupList"));
        return this;
    }

    @SuppressWarnings("unchecked")
    public ListView<Backups.Backup> list() {
        return node("backupList");
    }

    /** The backups listed, as the rep reads them. */
    public List<String> listed() {
        return list().getItems().stream().map(Backups.Backup::describe).toList();
    }

    /** Presses "Back up now". */
    public void backUpNow() {
        Button now = node("backups-now");
        robot.interact(now::fire);
    }

    /** Sets how many automatic backups to keep and saves it. */
    public void keep(int howMany) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> keep = (Spinner<Integer>) (Spinner<?>) node("backups-keep");
        robot.interact(() -> keep.getValueFactory().setValue(howMany));
        Button save = node("backups-keep-save");
        robot.interact(save::fire);
    }

    public void close() {
        robot.interact(() -> ((Stage) list().getScene().getWindow()).close());
    }
}
