package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.DocumentKind;
import org.repdesk.service.DocumentService;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.SampleFiles;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.Background;

/** What the preview shows for each kind of file, with no window. */
class DocumentPreviewViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile caseFile;

    private final Runner atOnce = new Runner() {
        @Override
        public <T> void run(String failure, Background.Job<T> job, Consumer<T> done) {
            try {
                done.accept(job.run());
            } catch (Exception e) {
                throw new AssertionError(failure, e);
            }
        }
    };

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        caseFile = desk.cases().open(aCase(desk.members().save(aMember().build())).build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private DocumentPreviewViewModel preview(String name, byte[] bytes) {
        CaseDocument d = desk.documents().attach(new DocumentService.Attachment(caseFile.id(), name, bytes,
                DocumentKind.EVIDENCE, TestDesk.TODAY, null, null));
        DocumentPreviewViewModel vm = new DocumentPreviewViewModel();
        vm.load(d, desk.documents(), atOnce);
        assertFalse(vm.loadingProperty().get());
        return vm;
    }

    @Test
    void aPdfIsShownAsItsPagesDrawn() throws Exception {
        DocumentPreviewViewModel vm = preview("rota.pdf", SampleFiles.pdf("Rota: six court duties in November"));

        assertEquals(1, vm.images().size());
        var page = ImageIO.read(new ByteArrayInputStream(vm.images().get(0)));
        assertEquals(816, page.getWidth(), "US Letter at 96 dpi");
        assertEquals("1 page", vm.messageProperty().get());
        assertEquals("Evidence · rota", vm.headingProperty().get());
        assertEquals("", vm.textProperty().get());
    }

    @Test
    void aPictureIsShownAsItselfAndAnEmailAsItsWords() throws Exception {
        byte[] png = SampleFiles.png();
        assertArrayEquals(png, preview("fit.png", png).images().get(0));

        DocumentPreviewViewModel mail = preview("reply.eml", SampleFiles.eml("Hearing moved", "Now on 3 December."));
        assertTrue(mail.images().isEmpty());
        assertTrue(mail.textProperty().get().contains("Subject: Hearing moved"), mail.textProperty().get());
        assertTrue(mail.textProperty().get().contains("Now on 3 December."), mail.textProperty().get());
        assertEquals("The words read from the document (open it to see its layout):", mail.messageProperty().get());
    }
}
