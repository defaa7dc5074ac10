package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.DocumentKind;
import org.repdesk.service.DocumentService;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.SampleFiles;
import org.repdesk.testing.TestDesk;

/** A case's documents on its printed summary, and in the member's subject access folder. */
class CasePapersInReportsTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private byte[] letter;

    @BeforeEach
    void aCaseWithALetter() throws Exception {
        desk = TestDesk.open(dir);
        caseFile = desk.cases().open(aCase(desk.members().save(aMember().named("Ffion Hughes").number("N777").build()))
                .build());
        letter = SampleFiles.pdf("Outcome: first written warning, review period twelve weeks");
        desk.documents().attach(new DocumentService.Attachment(caseFile.id(), "outcome letter.pdf", letter,
                DocumentKind.LETTER_FROM_EMPLOYER, LocalDate.of(2026, 11, 12), "Stage 1 outcome", "Appeal by 26/11"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theSummaryListsEachDocumentsKindDateAndTitleButNotItsWords() throws Exception {
        Path pdf = dir.resolve("summary.pdf");
        Pdf.write(CaseSummaryHtml.render(CaseSummary.of(desk, caseFile.id())), pdf);
        String text = BriefTest.text(pdf).replaceAll("\\s+", " ");

        assertTrue(text.contains("Documents on the case"), text);
        assertTrue(text.contains("12/11/2026 Letter from the employer Stage 1 outcome (outcome letter.pdf)"), text);
        assertTrue(text.contains("Appeal by 26/11"), "the note is on the timeline");
        assertFalse(text.contains("review period twelve weeks"), "the letter's own words stay in RepDesk");
    }

    @Test
    void theSubjectAccessFolderHoldsTheDocumentsThemselvesForTheOwnerOnly() throws Exception {
        SubjectAccessFolder.Written w = SubjectAccessFolder.write(desk, "N777", dir);

        Path copy = w.folder().resolve("documents").resolve(caseFile.reference() + "-01-outcome letter.pdf");
        assertTrue(w.files().contains(copy), w.files().toString());
        assertArrayEquals(letter, Files.readAllBytes(copy));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        String json = Files.readString(w.files().get(0));
        assertTrue(json.contains("\"title\" : \"Stage 1 outcome\""), json);
    }
}
