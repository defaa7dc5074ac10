package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.DashboardPageHandle;
import org.repdesk.ui.handles.DocumentPreviewHandle;
import org.repdesk.ui.handles.FrameHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A case summary made in Welsh from an English app, for a member using Welsh in their own hearing,
 * and saved where the rep chose through the dialogs (no file chooser of its own); the dashboard's
 * caseload report likewise.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentInWelshTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile c;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("welsh-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Gwenllian ap Rhys").build());
        c = desk.cases().open(aCase(m).build());
        new MainWindow(stage, desk, false, null, dialogs, DeskPreferences.forThisSession()).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theSummaryOpensInTheAppsLanguageAndIsSavedInWelshWhenChosen(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(FrameHandle.Screen.CASES);
        CasesPageHandle cases = new CasesPageHandle(robot);
        waitUntil(30, () -> cases.listed().contains(c.id()));
        robot.interact(() -> cases.list().getSelectionModel().select(cases.listed().indexOf(c.id())));
        CaseFormHandle form = new CaseFormHandle(robot);
        waitUntil(form::showsACase);

        form.clickSummary();
        DocumentPreviewHandle preview = new DocumentPreviewHandle(robot);
        waitUntil(30, preview::ready);
        assertEquals(DocumentLanguage.ENGLISH, preview.language().getValue(), "opens in the app's language");

        preview.chooseLanguage(DocumentLanguage.WELSH);
        waitUntil(30, preview::ready);
        Path saved = dir.resolve("crynodeb-" + c.reference() + ".pdf");
        dialogs.choosing(saved);
        preview.clickSave();
        waitUntil(30, () -> dialogs.said().stream().anyMatch(s -> s.kind().equals("inform")));
        preview.close();

        try (PDDocument pdf = Loader.loadPDF(saved.toFile())) {
            assertEquals("cy-GB", pdf.getDocumentCatalog().getLanguage(), "the saved PDF is the Welsh one");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
        assertTrue(dialogs.said().stream().anyMatch(s -> s.kind().equals("choose")), "chosen through the dialogs");
    }

    @Test
    void theCaseloadReportFromTheDashboardIsMadeAndSavedWhereTheRepChose(FxRobot robot) throws Exception {
        new FrameHandle(robot).openWhole(FrameHandle.Screen.DASHBOARD);
        new DashboardPageHandle(robot).openCaseloadReport();
        DocumentPreviewHandle preview = new DocumentPreviewHandle(robot);
        waitUntil(30, preview::ready);
        Path saved = dir.resolve("caseload-" + System.nanoTime() + ".pdf");
        dialogs.choosing(saved);
        preview.clickSave();
        waitUntil(30, () -> dialogs.said().stream().anyMatch(s -> s.kind().equals("inform")));
        preview.close();
        try (PDDocument pdf = Loader.loadPDF(saved.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Caseload report"), text);
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
        }
    }
}
