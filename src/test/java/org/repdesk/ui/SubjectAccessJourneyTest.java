package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Member;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.handles.FrameHandle;
import org.repdesk.ui.handles.FrameHandle.Screen;
import org.repdesk.ui.handles.MembersPageHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A member asks for everything the union holds about them: from the members screen the rep picks a
 * folder and RepDesk writes a dated folder with the JSON and the PDF, and says what it wrote.
 */
@ExtendWith(ApplicationExtension.class)
class SubjectAccessJourneyTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path out;

    @Start
    void start(Stage stage) throws Exception {
        Messages.setLanguage(Messages.ENGLISH);
        Path here = Files.createDirectories(dir.resolve("sar-" + System.nanoTime()));
        out = Files.createDirectories(here.resolve("responses"));
        desk = TestDesk.open(here);
        Member siân = desk.members().save(aMember().number("NAP-77").named("Siân Jones").build());
        desk.members().save(aMember().number("NAP-78").named("Owen Pryce").build());
        desk.cases().open(aCase(siân).build());
        new MainWindow(stage, desk, false, null, dialogs, DeskPreferences.forThisSession()).show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aSubjectAccessRequestWritesTheMembersFolderWithTheirDataAndNoOneElses(FxRobot robot) throws Exception {
        new FrameHandle(robot).open(Screen.MEMBERS);
        MembersPageHandle members = new MembersPageHandle(robot).choose("Siân Jones");
        dialogs.choosing(out);

        members.subjectAccess();
        // The folder asked for, then what was written told: the PDF takes a while on a busy machine.
        waitUntil(30, () -> dialogs.said().size() == 2);
        assertEquals("choose", dialogs.said().get(0).kind());

        ScriptedDialogs.Said told = dialogs.last();
        assertEquals("inform", told.kind(), told.toString());
        assertTrue(told.header().contains("Siân Jones"), told.header());
        List<Path> folders;
        try (Stream<Path> s = Files.list(out)) {
            folders = s.toList();
        }
        assertEquals(1, folders.size(), "one new folder for the request");
        Path folder = folders.get(0);
        assertTrue(folder.getFileName().toString().contains("NAP-77"), folder.toString());
        assertTrue(told.lines().get(0).contains(folder.toString()), told.lines().toString());
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        Path json = files.stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        Path pdf = files.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        String data = Files.readString(json);
        assertTrue(data.contains("Siân Jones") && data.contains("NAP-77"), data);
        assertTrue(data.contains(desk.cases().all().get(0).reference()), "the member's case is in the response");
        assertFalse(data.contains("Owen Pryce") || data.contains("NAP-78"), "nothing about another member");
        byte[] head = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(told.lines().get(1).contains(json.getFileName().toString())
                && told.lines().get(1).contains(pdf.getFileName().toString()), told.lines().toString());
    }
}
