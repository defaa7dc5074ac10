package org.repdesk.ui.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.Backups;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** File ▸ Backups… without a window: back up, keep, and restore only after a check and the rep's yes. */
class BackupsViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private boolean closed;
    private boolean quit;
    private BackupsViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("desk.db"));
        vm = new BackupsViewModel(() -> new Backups(desk), desk.dataFile(), atOnce, dialogs, Runnable::run, () -> {
            closed = true;
            desk.close();
        }, () -> quit = true, Clock.systemDefaultZone());
        vm.reload();
    }

    @AfterEach
    void close() {
        if (!closed) {
            desk.close();
        }
    }

    @Test
    void backUpNowListsTheRepsOwnBackup() {
        assertTrue(vm.items().isEmpty());
        assertTrue(vm.cannotRestoreSelected().get());
        vm.backUpNow();
        assertEquals(1, vm.items().size());
        assertTrue(vm.items().get(0).describe().contains("backed up by you"), vm.items().get(0).describe());
    }

    @Test
    void howManyToKeepIsSavedAndSaidInTheHint() {
        assertTrue(vm.hintProperty().get().contains("keeping the newest 14"), vm.hintProperty().get());
        vm.keepProperty().set(30);
        vm.saveKeep();
        assertEquals(30, new Backups(desk).keep());
        assertTrue(vm.hintProperty().get().contains("keeping the newest 30"));
    }

    @Test
    void cancellingARestoreAfterTheCheckChangesNothing() {
        vm.backUpNow();
        vm.selectedProperty().set(vm.items().get(0));
        assertFalse(vm.cannotRestoreSelected().get());
        dialogs.answering(false);
        vm.restoreSelected();
        assertTrue(dialogs.last().header().startsWith("Restore "), dialogs.last().header());
        assertFalse(closed);
        assertFalse(quit);
        assertEquals("", vm.checkingProperty().get());
        assertEquals(1.0, vm.progressProperty().get(), 0.001, "the check went to the end");
    }

    @Test
    void aConfirmedRestoreClosesTheFileRestoresAndQuits() {
        vm.backUpNow();
        desk.members().save(aMember().named("Added After The Backup").build());
        vm.selectedProperty().set(vm.items().get(0));
        dialogs.answering(true);
        vm.restoreSelected();
        assertTrue(closed);
        assertTrue(quit);
        assertEquals("Backup restored", dialogs.last().header());
        assertTrue(dialogs.last().lines().contains("RepDesk will now close. Start it again to work on the restored file."));
        RepDesk again = TestDesk.open(dir.resolve("desk.db"));
        try {
            assertTrue(again.members().all().isEmpty(), "the member added after the backup is gone");
        } finally {
            again.close();
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedInWords() throws Exception {
        Path notABackup = dir.resolve("notes.db");
        java.nio.file.Files.writeString(notABackup, "not a database");
        dialogs.choosing(notABackup);
        vm.restoreFromFile();
        assertEquals("warn", dialogs.last().kind());
        assertEquals("This backup cannot be restored", dialogs.last().header());
        assertFalse(closed);
    }
}
