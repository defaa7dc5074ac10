package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.LetterLanguage;
import org.repdesk.model.LetterTemplate;
import org.repdesk.model.MergeField;
import org.repdesk.report.LetterFiles;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** "Letter…" on a case, and Tools ▸ Letter templates…, over a real data file with no window. */
class LetterViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private final AtOnce atOnce = new AtOnce();
    private final List<String> failures = atOnce.failures;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        caseFile = desk.cases().open(aCase(desk.members().save(aMember().named("Rhian Morgan").build()))
                .manager("Emma Thompson").build());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private LetterViewModel letterFor(String template) {
        LetterViewModel vm = new LetterViewModel(desk.letters(), caseFile.id(), atOnce);
        vm.languageProperty().set(LetterLanguage.ENGLISH);
        vm.load(template);
        return vm;
    }

    @Test
    void choosingATemplateShowsTheLetterAsItWillReadAndNamesTheFieldsWithNoValueBeforeAnythingIsSaved() {
        LetterViewModel vm = letterFor("postpone-hearing");

        assertEquals("postpone-hearing", vm.templateProperty().get().template().name());
        assertTrue(vm.previewProperty().get().contains("Dear [who chairs the hearing],"), vm.previewProperty().get());
        // As it prints: the heading without the template's "# " mark (issue 20), each line as the letter has it.
        assertTrue(vm.previewProperty().get().lines().noneMatch(l -> l.startsWith("#")), vm.previewProperty().get());
        assertEquals("These fields have no value on this case, so the letter shows them in [brackets] for you to fill in:"
                + " who chairs the hearing, the hearing's date, the hearing's start time, the hearing's place, your name.",
                vm.emptyFieldsProperty().get());
        assertTrue(vm.canMakeProperty().get());
        assertEquals(0, desk.documents().ofCase(caseFile.id()).size(), "nothing is kept until the rep makes it");

        vm.templateProperty().set(vm.templates().get(0));
        assertFalse(vm.emptyFieldList().contains(MergeField.HEARING_CHAIR), "the new template's fields, not the old one's");
    }

    @Test
    void makingItKeepsItOnTheCaseAndSavesItToAFile() throws Exception {
        LetterViewModel vm = letterFor("reasonable-adjustments");
        vm.formatProperty().set(LetterFiles.Format.PDF);
        vm.saveToFileProperty().set(true);
        assertEquals("Request for reasonable adjustments " + caseFile.reference() + ".pdf", vm.suggestedFileName());
        Path out = dir.resolve("letter.pdf");
        List<LetterViewModel.Made> made = new ArrayList<>();

        vm.make(out, made::add);

        assertEquals(List.of(), failures);
        assertEquals(DocumentFormat.PDF, made.get(0).kept().format());
        assertTrue(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals("The letter is kept on the case as document 1, and saved as letter.pdf.", vm.statusProperty().get());
        assertEquals(1, desk.documents().ofCase(caseFile.id()).size());
    }

    @Test
    void neitherKeptNorSavedThereIsNothingToMake() {
        LetterViewModel vm = letterFor("appeal");
        vm.keepOnCaseProperty().set(false);
        assertFalse(vm.canMakeProperty().get());
        vm.saveToFileProperty().set(true);
        assertTrue(vm.canMakeProperty().get());
    }

    @Test
    void theTemplatesFormNamesAnUnknownFieldAsItIsTypedAndWillNotSaveIt() {
        LetterTemplatesViewModel vm = new LetterTemplatesViewModel(desk.letters(), atOnce);
        vm.load(null);
        assertEquals("reasonable-adjustments", vm.editingProperty().get().template().name());
        assertFalse(vm.hasUnsavedChanges());

        vm.bodyEnProperty().set(vm.bodyEnProperty().get() + "\n\nCopied to {branch.secretary}.");

        assertTrue(vm.hasUnsavedChanges());
        assertEquals("RepDesk does not know the field {branch.secretary}: correct it or take it out.",
                vm.problemsProperty().get());
        assertFalse(vm.canSaveProperty().get());
        assertFalse(vm.saveThen(() -> { }));
    }

    @Test
    void aChangedTemplateIsSavedMarkedChangedAndCanBePutBackToRepDesksText() {
        LetterTemplatesViewModel vm = new LetterTemplatesViewModel(desk.letters(), atOnce);
        vm.load("appeal");
        vm.bodyEnProperty().set(vm.bodyEnProperty().get() + "\n\nCopied to {rep.name}.");
        List<String> after = new ArrayList<>();

        assertTrue(vm.saveThen(() -> after.add("saved")));

        assertEquals(List.of("saved"), after);
        assertFalse(vm.hasUnsavedChanges());
        assertTrue(vm.editingProperty().get().changed());
        assertTrue(vm.canRestoreProperty().get());
        assertEquals("Restore RepDesk's text", vm.restoreTextProperty().get());

        vm.restoreOrDelete();
        assertFalse(vm.editingProperty().get().changed());
        assertEquals(org.repdesk.service.LetterService.shipped("appeal").bodyEn(), vm.bodyEnProperty().get());
    }

    @Test
    void aNewTemplateNeedsAFreeNameAndBothLanguages() {
        LetterTemplatesViewModel vm = new LetterTemplatesViewModel(desk.letters(), atOnce);
        vm.load(null);
        vm.newTemplate();
        assertTrue(vm.nameEditableProperty().get());
        assertNull(vm.editingProperty().get());
        vm.nameProperty().set("appeal");
        vm.titleEnProperty().set("Return to work");
        vm.bodyEnProperty().set("Dear {case.manager},");

        assertTrue(vm.problemsProperty().get().contains("There is already a template called \"appeal\""));
        assertTrue(vm.problemsProperty().get().contains("The Welsh letter is required."), vm.problemsProperty().get());

        vm.nameProperty().set("return-to-work");
        vm.titleCyProperty().set("Dychwelyd i'r gwaith");
        vm.bodyCyProperty().set("Annwyl {case.manager},");
        assertEquals("", vm.problemsProperty().get());
        assertTrue(vm.saveThen(() -> { }));
        assertEquals(new LetterTemplate("return-to-work", "Return to work", "Dear {case.manager},", "Dychwelyd i'r gwaith",
                "Annwyl {case.manager},"), desk.letters().template("return-to-work"));
        assertEquals("Delete template", vm.restoreTextProperty().get());
    }
}
