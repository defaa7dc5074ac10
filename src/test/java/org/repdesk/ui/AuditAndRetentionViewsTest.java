package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.RetentionHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The audit panel of a case and the retention review, each on its own in a window. */
@ExtendWith(ApplicationExtension.class)
class AuditAndRetentionViewsTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private Background background;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("ui-" + System.nanoTime()));
        desk.settings().saveRepName("Dana Rep");
        Member m = desk.members().save(aMember().named("Siân Jones").build());
        caseFile = desk.cases().open(aCase(m).type(CaseType.CAPABILITY, "Informal").openedOn(LocalDate.of(2019, 1, 2))
                .closed(LocalDate.of(2019, 6, 30), "Resolved").build());
        desk.cases().addEntry(TimelineEntry.of(caseFile.id(), LocalDate.of(2019, 2, 1), EntryKind.NOTE, "Call",
                "Private health detail"));
        background = new Background();
        DeskState state = new DeskState(desk, background);
        stage.setScene(new Scene(new VBox(new AuditView(state, AuditView.Scope.CASE, caseFile.id()),
                new RetentionView(state)), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        background.shutdown();
        desk.close();
    }

    @Test
    void theCasesAuditPanelListsItsChangesNewestFirstWithoutNoteText(FxRobot robot) throws Exception {
        TableView<?> table = new CaseFormHandle(robot).changes();
        waitUntil(() -> table.getItems().size() == 2);
        AuditEntry newest = (AuditEntry) table.getItems().get(0);
        String what = org.repdesk.report.AuditWords.what(newest, org.repdesk.i18n.Messages.language());
        assertTrue(what.startsWith("Timeline entry " + caseFile.reference()), what);
        assertFalse(table.getItems().toString().contains("Private health detail"));
    }

    @Test
    void theRetentionReviewListsTheOldCaseAndItsMemberAndActsOnlyOnASelection(FxRobot robot) throws Exception {
        RetentionHandle retention = new RetentionHandle(robot);
        waitUntil(() -> retention.items().getItems().size() == 2);
        assertTrue(retention.delete().isDisabled(), "nothing is deleted without a selection");
        assertTrue(retention.anonymise().isDisabled());
        retention.choose(0);
        assertFalse(retention.delete().isDisabled());
        assertFalse(retention.anonymise().isDisabled());
    }
}
