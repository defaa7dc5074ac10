package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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

        waitUntil(() -> robot.lookup("#letter-preview").tryQuery()
                .map(n -> ((TextArea) n).getText().contains("Dear Emma Thompson,")).orElse(false));
        String empty = robot.lookup("#letter-empty-fields").queryAs(Label.class).getText();
        assertEquals("This field has no value on this case, so the letter shows it in [brackets] for you to fill in:"
                + " your name.", empty);
        robot.clickOn("#letter-make");

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
        waitUntil(() -> robot.lookup("#template-body-en").tryQuery()
                .map(n -> ((TextArea) n).getText().startsWith("{letter.date}")).orElse(false));
        robot.clickOn("#template-title-en");
        robot.push(KeyCode.END);
        robot.write(" {member.nmae}");
        waitUntil(() -> robot.lookup("#template-problems").queryAs(Label.class).getText()
                .equals("RepDesk does not know the field {member.nmae}: correct it or take it out."));
        assertTrue(robot.lookup("#template-save").query().isDisabled());

        robot.clickOn("#templates-close");
        waitUntil(() -> robot.lookup("#unsaved-cancel").tryQuery().isPresent());
        robot.clickOn("#unsaved-cancel");
        assertTrue(robot.lookup("#template-title-en").tryQuery().isPresent(), "Cancel goes back to the form");

        robot.clickOn("#template-title-en");
        robot.push(KeyCode.END);
        for (int i = 0; i < " {member.nmae}".length(); i++) {
            robot.push(KeyCode.BACK_SPACE);
        }
        robot.write(" for Gwent");
        waitUntil(() -> !robot.lookup("#template-save").query().isDisabled());
        robot.clickOn("#templates-close");
        waitUntil(() -> robot.lookup("#unsaved-save").tryQuery().isPresent());
        robot.clickOn("#unsaved-save");

        waitUntil(() -> robot.lookup("#template-title-en").tryQuery().isEmpty());
        LetterService.Listed first = desk.letters().templates().get(0);
        assertEquals("Request for reasonable adjustments for Gwent", first.template().titleEn());
        assertTrue(first.changed());
    }
}
