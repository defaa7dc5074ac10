package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.DocumentKind;
import org.repdesk.service.OpenedCopies;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.SampleFiles;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** The documents tab's state and commands over a real data file, with no window. */
class DocumentsViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private DocumentsViewModel vm;
    private int changes;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        caseFile = desk.cases().open(aCase(desk.members().save(aMember().build())).build());
        vm = new DocumentsViewModel(desk.documents(), desk.cases()::today, new OpenedCopies(dir.resolve("opened")), atOnce, dialogs);
        vm.setOnChanged(() -> changes++);
        vm.show(caseFile.id());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void attach(String name, byte[] bytes, DocumentKind kind) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        AttachDocumentViewModel form = AttachDocumentViewModel.forFile(file, TestDesk.TODAY);
        form.kindProperty().set(kind);
        vm.attach(form.request());
    }

    @Test
    void aFileToAttachIsDatedTheDesksToday() throws Exception {
        Path letter = Files.write(dir.resolve("outcome letter.pdf"), SampleFiles.pdf("Outcome"));
        AttachDocumentViewModel form = vm.attachForm(letter);
        assertEquals(TestDesk.TODAY, form.dateProperty().get());
        assertEquals(letter, form.fileProperty().get());
    }

    @Test
    void attachingAFileListsItSaysSoAndTellsTheTimeline() throws Exception {
        attach("invite.pdf", SampleFiles.pdf("Invitation"), DocumentKind.LETTER_FROM_EMPLOYER);

        assertEquals(List.of(), atOnce.failures);
        assertEquals(1, vm.countProperty().get());
        assertEquals("invite", vm.documents().get(0).title());
        assertEquals("Attached document 1: invite.", vm.statusProperty().get());
        assertEquals(1, changes);
        assertFalse(vm.hasSelectionProperty().get());
    }

    @Test
    void aFileThatFailsIsReportedAndNothingIsListed() throws Exception {
        attach("letter.pdf", "not a pdf at all".getBytes(), DocumentKind.OTHER);

        assertEquals(List.of("letter.pdf was not attached: letter.pdf is not a PDF file inside: it may be damaged"
                + " or wrongly named."), atOnce.failures);
        assertEquals(0, vm.countProperty().get());
        assertEquals(0, changes);
    }

    @Test
    void editingAndDeletingKeepTheSelectionHonest() throws Exception {
        attach("a.txt", "first".getBytes(), DocumentKind.MEETING_NOTES);
        attach("b.txt", "second".getBytes(), DocumentKind.EVIDENCE);
        CaseDocument b = vm.documents().stream().filter(d -> d.title().equals("b")).findFirst().orElseThrow();
        vm.selectedProperty().set(b);

        vm.save(b.withDetails(DocumentKind.EVIDENCE, "Rota showing six court duties", b.dated(), null));
        assertEquals("Rota showing six court duties", vm.selectedProperty().get().title(), "still selected, renamed");
        dialogs.answering(false);
        vm.delete(vm.selectedProperty().get());
        assertEquals("Delete Rota showing six court duties?", dialogs.last().header());
        assertEquals(2, vm.countProperty().get(), "Cancel deletes nothing");
        dialogs.answering(true);
        vm.delete(vm.selectedProperty().get());

        assertEquals(1, vm.countProperty().get());
        assertEquals(null, vm.selectedProperty().get());
        assertEquals("Deleted Rota showing six court duties.", vm.statusProperty().get());
        assertEquals(4, changes);
    }

    @Test
    void aCopyForAnotherApplicationIsOwnerOnlyAndGoesWhenCopiesAreRemoved() throws Exception {
        byte[] letter = SampleFiles.pdf("Outcome");
        attach("outcome.pdf", letter, DocumentKind.LETTER_FROM_EMPLOYER);
        AtomicReference<Path> opened = new AtomicReference<>();

        vm.openCopy(vm.documents().get(0), opened::set);

        Path copy = opened.get();
        assertEquals("outcome.pdf", copy.getFileName().toString());
        assertArrayEquals(letter, Files.readAllBytes(copy));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())));
        new OpenedCopies(dir.resolve("opened")).removeAll();
        assertFalse(Files.exists(copy));
        assertFalse(Files.exists(dir.resolve("opened")));
    }

    @Test
    void aDropOfFilesAndAFolderKeepsTheFilesAndSaysWhatWasLeftOut() throws Exception {
        Path letter = Files.write(dir.resolve("l.pdf"), SampleFiles.pdf("x"));
        List<Path> kept = vm.acceptable(List.of(letter.toFile(), dir.toFile()));

        assertEquals(List.of(letter), kept);
        assertEquals("A folder was left out: drop the files inside it.", vm.statusProperty().get());
    }

    @Test
    void aSavedCopyIsTheDocumentAndTheAuditTrailSaysItLeft() throws Exception {
        attach("fit.png", SampleFiles.png(), DocumentKind.FIT_NOTE);
        Path out = dir.resolve("copy.png");

        vm.saveCopy(vm.documents().get(0), out);

        assertArrayEquals(SampleFiles.png(), Files.readAllBytes(out));
        assertTrue(desk.audit().ofCase(caseFile.id()).stream().anyMatch(e -> e.action().name().equals("EXPORTED")),
                desk.audit().ofCase(caseFile.id()).toString());
    }
}
