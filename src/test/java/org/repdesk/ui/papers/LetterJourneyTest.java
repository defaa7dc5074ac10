package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.DocumentKind;
import org.repdesk.service.LetterService;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.MainWindow;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.DocumentsPanelHandle;
import org.repdesk.ui.handles.LetterDialogHandle;
import org.repdesk.ui.handles.LetterTemplatesHandle;
import org.repdesk.ui.handles.UnsavedChangesHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Through the real window: a rep makes a letter from a template on a case, then edits a template. */
@ExtendWith(ApplicationExtension.class)
class LetterJourneyTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile caseFile;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("ui-" + System.nanoTime()));
        caseFile = desk.cases().open(Builders.aCase(desk.members().save(Builders.aMember().named("Gwen Price")
                .build())).manager("Emma Thompson").build());
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aLetterIsMadeFromATemplateTheEmptyFieldsNamedFirstAndKeptOnTheCase(FxRobot robot) throws Exception {
        DocumentsPanelHandle documents = new CasesPageHandle(robot).openCaseOf("Gwen Price").openDocuments();
        documents.makeLetter();

        LetterDialogHandle letter = new LetterDialogHandle(robot);
        waitUntil(() -> letter.preview().contains("Dear Emma Thompson,"));
        String empty = letter.emptyFields();
        assertEquals("This field has no value on this case, so the letter shows it in [brackets] for you to fill in:"
                + " your name.", empty);
        letter.make();

        waitUntil(() -> desk.documents().ofCase(caseFile.id()).size() == 1);
        CaseDocument d = desk.documents().ofCase(caseFile.id()).get(0);
        assertEquals(DocumentKind.LETTER_TO_EMPLOYER, d.kind());
        assertEquals("Request for reasonable adjustments", d.title());
        waitUntil(() -> documents.status().equals("The letter is kept on the case as document 1."));
        waitUntil(() -> documents.list().getItems().size() == 1);
    }

    @Test
    void anUnknownFieldIsNamedAsItIsTypedAndClosingWithTheChangeAsksFirst(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        LetterTemplatesHandle templates = new LetterTemplatesHandle(robot);
        UnsavedChangesHandle unsaved = new UnsavedChangesHandle(robot);
        waitUntil(() -> templates.bodyEn().startsWith("{letter.date}"));
        templates.clickTitleEn();
        robot.push(KeyCode.END);
        robot.write(" {member.nmae}");
        waitUntil(() -> templates.problems()
                .equals("RepDesk does not know the field {member.nmae}: correct it or take it out."));
        assertTrue(templates.save().isDisabled());

        templates.close();
        waitUntil(unsaved::asked);
        unsaved.cancel();
        assertTrue(templates.open(), "Cancel goes back to the form");

        templates.clickTitleEn();
        robot.push(KeyCode.END);
        for (int i = 0; i < " {member.nmae}".length(); i++) {
            robot.push(KeyCode.BACK_SPACE);
        }
        robot.write(" for Gwent");
        waitUntil(() -> !templates.save().isDisabled());
        templates.close();
        waitUntil(unsaved::asked);
        unsaved.save();

        waitUntil(() -> !templates.open());
        LetterService.Listed first = desk.letters().templates().get(0);
        assertEquals("Request for reasonable adjustments for Gwent", first.template().titleEn());
        assertTrue(first.changed());
    }
}
