package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.EntryKind;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.Builders;
import org.repdesk.testing.SampleFiles;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.MainWindow;
import org.repdesk.ui.handles.AttachDocumentHandle;
import org.repdesk.ui.handles.CaseFormHandle;
import org.repdesk.ui.handles.CasesPageHandle;
import org.repdesk.ui.handles.DocumentsPanelHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Through the real window: a rep attaches the employer's letter to a case, previews it and finds its words. */
@ExtendWith(ApplicationExtension.class)
class DocumentsJourneyTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile caseFile;

    @Start
    void start(Stage stage) {
        desk = TestDesk.open(dir.resolve("ui-" + System.nanoTime()));
        caseFile = desk.cases().open(Builders.aCase(desk.members().save(Builders.aMember().named("Gwen Price")
                .build())).build());
        new MainWindow(stage, desk, false).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aLetterDroppedOnTheCaseIsAttachedShownOnTheTimelineFoundBySearchAndPreviewed(FxRobot robot) throws Exception {
        Path letter = Files.write(dir.resolve("invitation-" + System.nanoTime() + ".pdf"),
                SampleFiles.pdf("You are invited to a stage 2 capability hearing on 3 December."));
        DocumentsPanelHandle documents = new CasesPageHandle(robot).openCaseOf("Gwen Price").openDocuments();
        DocumentsPanel panel = documents.panel();

        // What a drop of the file does once the drag has ended: the attach form, for that file.
        Platform.runLater(() -> panel.attachEach(List.of(letter)));
        AttachDocumentHandle attach = new AttachDocumentHandle(robot);
        waitUntil(attach::open);
        assertTrue(attach.save().isDisabled(), "its kind must be said first");
        assertEquals("Choose what kind of document this is.", attach.kindProblem());
        attach.chooseKind("Letter from the employer");
        attach.typeTitle("Invitation to stage 2 hearing");
        attach.clickSave();

        waitUntil(() -> desk.documents().ofCase(caseFile.id()).size() == 1);
        CaseDocument d = desk.documents().ofCase(caseFile.id()).get(0);
        assertEquals("Invitation to stage 2 hearing", d.title());
        ListView<?> table = documents.list();
        waitUntil(() -> table.getItems().size() == 1);
        CaseFormHandle form = new CaseFormHandle(robot);
        waitUntil(form::hasTabs);
        waitUntil(() -> documents.status().equals("Attached document 1: Invitation to stage 2 hearing."));

        // the timeline shows it, and a search for its words says where they were found
        form.openTimeline();
        ListView<?> timeline = form.timeline();
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> ((TimelineEntry) e).kind() == EntryKind.DOCUMENT));
        new CasesPageHandle(robot).search("hearing decemb");
        waitUntil(form::foundShown);
        String found = form.found();
        assertTrue(found.startsWith("Found in the document \u201cInvitation to stage 2 hearing\u201d"), found);
        assertTrue(found.contains("[hearing]") && found.contains("[December]"), found);

        // the preview draws its page inside RepDesk
        form.openDocuments();
        robot.interact(() -> table.getSelectionModel().select(0));
        documents.preview();
        waitUntil(() -> documents.previewMessage().equals("1 page"));
        robot.push(KeyCode.ESCAPE);
    }
}
