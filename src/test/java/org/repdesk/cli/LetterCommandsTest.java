package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.DocumentFormat;
import org.repdesk.service.DocumentText;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** letter and templates: a letter from the command line, kept on its case and written out. */
class LetterCommandsTest {

    @TempDir
    Path dir;
    private Path db;
    private String reference;

    @BeforeEach
    void aCaseOnFile() {
        try (RepDesk desk = TestDesk.open(dir)) {
            reference = desk.cases().open(aCase(desk.members().save(aMember().named("Rhian Morgan").build()))
                    .manager("Emma Thompson").build()).reference();
            desk.settings().saveRepName("Gareth Evans");
        }
        db = dir.resolve("repdesk.db");
    }

    private CliRun run(Object... args) {
        return CliRun.onFile(db, args);
    }

    private List<CaseDocument> documentsOnFile() {
        try (RepDesk desk = RepDesk.open(db)) {
            return desk.documents().ofCase(desk.cases().byReference(reference).orElseThrow().id());
        }
    }

    @Test
    void templatesListsEachByTheNameLetterTakes() {
        CliRun listed = run("templates");
        assertEquals(0, listed.exit(), listed.err());
        assertEquals(7, listed.out().lines().count(), listed.out());
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("workload-grievance") && l.endsWith(
                "Formal grievance about workload")), listed.out());
    }

    @Test
    void aLetterInBothLanguagesIsKeptOnTheCaseAndWrittenForTheOwnerOnlyNamingTheFieldsWithNoValue() throws Exception {
        Path out = dir.resolve("appeal.docx");
        CliRun made = run("letter", reference, "--template", "appeal", "--out", out, "--lang", "both");

        assertEquals(0, made.exit(), made.err());
        List<String> said = made.out().lines().toList();
        assertEquals("These fields have no value on this case, so the letter shows them in [brackets] for you to fill in:"
                + " {case.outcome}, {case.workload}.", said.get(0));
        assertTrue(said.get(1).startsWith("Kept the letter on case " + reference + " as document 1, \"Apêl yn erbyn"
                + " canlyniad / Appeal against an outcome\""), said.get(1));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        String words = DocumentText.of(DocumentFormat.DOCX, Files.readAllBytes(out));
        assertTrue(words.indexOf("Annwyl Emma Thompson") < words.indexOf("Dear Emma Thompson"), words);
        List<CaseDocument> kept = documentsOnFile();
        assertEquals(1, kept.size());
        assertEquals(DocumentFormat.DOCX, kept.get(0).format());
    }

    @Test
    void withoutOutTheLetterIsKeptOnTheCaseOnlyAndAsAPdfWhenAsked() {
        CliRun made = run("letter", reference, "--template", "workload-review", "--format", "pdf", "--lang", "cy");
        assertEquals(0, made.exit(), made.err());
        assertEquals(DocumentFormat.PDF, documentsOnFile().get(0).format());
        assertEquals("Cais am adolygiad o'r llwyth gwaith (WMT) a rhyddhad", documentsOnFile().get(0).title());
    }

    @Test
    void anUnknownTemplateOrCaseFailsInOneLineAndBadChoicesAreBadUsageChangingNothing() {
        CliRun unknown = run("letter", reference, "--template", "sick-note", "--out", dir.resolve("x.docx"));
        assertEquals(1, unknown.exit());
        assertEquals(1, unknown.errLines().size());
        assertTrue(unknown.err().contains("There is no letter template called \"sick-note\". The templates are:"
                + " reasonable-adjustments, postpone-hearing,"), unknown.err());
        assertEquals(1, run("letter", "2099-0001", "--template", "appeal").exit());
        assertEquals(2, run("letter", reference, "--template", "appeal", "--lang", "fr").exit());
        assertEquals(2, run("letter", reference, "--template", "appeal", "--out", dir.resolve("x.odt")).exit());
        assertEquals(2, run("letter", reference, "--template", "appeal", "--format", "pdf", "--out",
                dir.resolve("x.docx")).exit());
        assertEquals(2, run("letter", reference).exit(), "--template is required");
        assertFalse(Files.exists(dir.resolve("x.docx")));
        assertEquals(0, documentsOnFile().size());
    }
}
