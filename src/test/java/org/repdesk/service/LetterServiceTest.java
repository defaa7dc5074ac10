package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.Grade;
import org.repdesk.model.Hearing;
import org.repdesk.model.Letter;
import org.repdesk.model.LetterLanguage;
import org.repdesk.model.LetterTemplate;
import org.repdesk.model.MergeField;
import org.repdesk.model.Union;
import org.repdesk.report.LetterFiles;
import org.repdesk.testing.Engine;
import org.repdesk.testing.TestDesk;

/** Letters from templates: the shipped ones, the branch's changes, filling one for a case, keeping it. */
@ParameterizedClass
@EnumSource(Engine.class)
class LetterServiceTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile c;

    @BeforeEach
    void aCapabilityCaseWithAManager() {
        desk = new RepDesk(engine.open(dir), TestDesk.fixedClock());
        c = desk.cases().open(aCase(desk.members().save(aMember().named("Siân Prydderch").inUnion(Union.NAPO)
                .grade(Grade.PO).team("Cardiff South").build())).manager("Emma Thompson").build());
        desk.settings().saveRepName("Gareth Evans");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void aHearingOn(java.time.LocalDate day) {
        desk.hearings().save(Deadline.of(c.id(), day, "Stage 1 capability hearing", true), Optional.of(new Hearing(null,
                LocalTime.of(10, 0), "Meeting Room 3, Cardiff PDU", "Head of PDU", null, null, true, 90)),
                Optional.empty());
    }

    @Test
    void theSevenLettersRepsWriteMostShipInEnglishAndWelshUsingOnlyFieldsRepDeskKnows() {
        List<LetterService.Listed> listed = desk.letters().templates();
        assertEquals(List.of("reasonable-adjustments", "postpone-hearing", "appeal", "occupational-health-referral",
                "workload-review", "subject-access-request", "workload-grievance"),
                listed.stream().map(l -> l.template().name()).toList());
        for (LetterService.Listed l : listed) {
            LetterTemplate t = l.template();
            assertTrue(l.shipped() && !l.changed(), t.name());
            assertEquals(List.of(), t.problems(), t.name());
            assertNotEquals(t.bodyEn(), t.bodyCy(), t.name() + " has a Welsh text of its own");
            assertEquals(t.fields(Messages.ENGLISH).stream().sorted().toList(),
                    t.fields(Messages.WELSH).stream().sorted().toList(), t.name() + ": both languages fill the same fields");
        }
    }

    @Test
    void aLetterIsFilledFromTheCaseItsMemberItsNextHearingAndTheRep() {
        aHearingOn(TestDesk.TODAY.plusDays(10));

        LetterService.Filled filled = desk.letters().fill("postpone-hearing", c.id(), LetterLanguage.ENGLISH);

        assertEquals(List.of(), filled.empty());
        assertEquals("Request to postpone a meeting or hearing", filled.letter().title());
        String text = filled.letter().asPrinted();
        assertTrue(text.contains("Dear Head of PDU,"), text);
        assertTrue(text.contains("accompanying Siân Prydderch (case " + c.reference() + ") at the meeting arranged for"
                + " 3 December 2026 at 10:00, at Meeting Room 3, Cardiff PDU."), text);
        assertTrue(text.startsWith("23 November 2026"), text);
        assertTrue(text.endsWith("Gareth Evans\nNapo representative"), text);
        assertFalse(text.contains("{"), "no field is left in braces");
    }

    @Test
    void inWelshTheDatesAndTheLengthAreWelshToo() {
        aHearingOn(TestDesk.TODAY.plusDays(10));
        desk.letters().save(new LetterTemplate("hearing-length", "Length", "{hearing.length} on {hearing.date}",
                "Hyd", "{hearing.length} ar {hearing.date}"));

        Letter letter = desk.letters().fill("hearing-length", c.id(), LetterLanguage.WELSH).letter();

        assertEquals(List.of("1 awr 30 munud ar 3 Rhagfyr 2026"), letter.texts().get(0).paragraphs());
        assertEquals(List.of("1 hour 30 minutes on 3 December 2026"), desk.letters()
                .fill("hearing-length", c.id(), LetterLanguage.ENGLISH).letter().texts().get(0).paragraphs());
    }

    @Test
    void fieldsTheCaseHasNoValueForAreNamedAndLeftInBracketsForTheRepToFill() {
        LetterService.Filled filled = desk.letters().fill("postpone-hearing", c.id(), LetterLanguage.ENGLISH);

        assertEquals(List.of(MergeField.HEARING_CHAIR, MergeField.HEARING_DATE, MergeField.HEARING_TIME,
                MergeField.HEARING_PLACE), filled.empty());
        assertTrue(filled.letter().asPrinted().contains("Dear [who chairs the hearing],"), filled.letter().asPrinted());
    }

    @Test
    void theCaseTypeIsWrittenInLowerCaseMidSentenceInBothLanguagesAndWithACapitalWhereASentenceBegins() {
        CaseFile sickness = desk.cases().open(aCase(desk.members().byId(c.memberId()).orElseThrow())
                .type(CaseType.SICKNESS_ABSENCE, "Informal").manager("Emma Thompson").build());

        Letter both = desk.letters().fill("appeal", sickness.id(), LetterLanguage.BOTH).letter();

        assertTrue(both.asPrinted().contains("canlyniad yr achos absenoldeb salwch yn y cam"), both.asPrinted());
        assertTrue(both.asPrinted().contains("the outcome of the sickness absence procedure at the stage"),
                both.asPrinted());
        desk.letters().save(new LetterTemplate("type-first", "Type", "{case.type} case. Then {case.type} again.\n\n"
                + "# {case.type}", "Math", "{case.type}: achos {case.type}"));
        assertEquals(List.of("Sickness absence case. Then sickness absence again.", "# Sickness absence"), desk.letters()
                .fill("type-first", sickness.id(), LetterLanguage.ENGLISH).letter().texts().get(0).paragraphs());
        assertEquals(List.of("Absenoldeb salwch: achos absenoldeb salwch"), desk.letters()
                .fill("type-first", sickness.id(), LetterLanguage.WELSH).letter().texts().get(0).paragraphs());
    }

    @Test
    void bothLanguagesPutTheWelshLetterFirst() {
        Letter letter = desk.letters().fill("reasonable-adjustments", c.id(), LetterLanguage.BOTH).letter();

        assertEquals(List.of(Messages.WELSH, Messages.ENGLISH), letter.texts().stream().map(Letter.Text::language).toList());
        assertEquals("Cais am addasiadau rhesymol / Request for reasonable adjustments", letter.title());
        assertTrue(letter.texts().get(0).paragraphs().contains("Annwyl Emma Thompson,"));
    }

    @Test
    void aTemplateNamingAFieldRepDeskDoesNotKnowIsRefusedWhenSavedNamingIt() {
        ValidationException e = assertThrows(ValidationException.class, () -> desk.letters().save(new LetterTemplate(
                "return-to-work", "Return to work", "Dear {case.manger},", "Dychwelyd i'r gwaith", "Annwyl {case.manager},")));

        assertTrue(e.getMessage().contains("{case.manger}"), e.getMessage());
        assertEquals(7, desk.letters().templates().size(), "nothing was saved");
    }

    @Test
    void theBranchChangesAShippedLetterAndCanPutRepDeskTextBack() {
        LetterTemplate own = LetterService.shipped("appeal");
        desk.letters().save(new LetterTemplate("appeal", own.titleEn(), own.bodyEn() + "\n\nBranch secretary copied in.",
                own.titleCy(), own.bodyCy()));

        LetterService.Listed changed = desk.letters().templates().get(2);
        assertTrue(changed.changed());
        assertTrue(desk.letters().fill("appeal", c.id(), LetterLanguage.ENGLISH).letter().asPrinted()
                .endsWith("Branch secretary copied in."));

        desk.letters().restoreOrDelete("appeal");
        assertEquals(own, desk.letters().template("appeal"));
        assertFalse(desk.letters().templates().get(2).changed());
    }

    @Test
    void aBranchsOwnTemplateIsListedAfterRepDesksAndCanBeDeleted() {
        desk.letters().save(new LetterTemplate("Return-To-Work ", "Return to work meeting", "Dear {case.manager},",
                "Cyfarfod dychwelyd i'r gwaith", "Annwyl {case.manager},"));

        LetterService.Listed own = desk.letters().templates().get(7);
        assertEquals("return-to-work", own.template().name(), "the name as the command line takes it");
        assertFalse(own.shipped());

        desk.letters().restoreOrDelete("return-to-work");
        assertEquals(7, desk.letters().templates().size());
        ValidationException e = assertThrows(ValidationException.class, () -> desk.letters().template("return-to-work"));
        assertTrue(e.getMessage().contains("reasonable-adjustments"), "names the templates there are: " + e.getMessage());
    }

    @Test
    void aLetterKeptOnTheCaseIsALetterToTheEmployerOnItsTimelineAndFoundByTheSearch() throws Exception {
        Letter letter = desk.letters().fill("workload-grievance", c.id(), LetterLanguage.ENGLISH).letter();

        CaseDocument kept = desk.letters().keepOnCase(c.id(), letter, "docx", LetterFiles.docx(letter));

        assertEquals(DocumentKind.LETTER_TO_EMPLOYER, kept.kind());
        assertEquals(DocumentFormat.DOCX, kept.format());
        assertEquals("Formal grievance about workload " + c.reference() + ".docx", kept.fileName());
        assertEquals(TestDesk.TODAY, kept.dated());
        assertEquals(1, desk.cases().timeline(c.id()).stream().filter(e -> e.id().equals(kept.entryId())).count());
        assertTrue(desk.documents().whereFound(c.id(), "ACAS").stream().anyMatch(f -> f.entryId().equals(kept.entryId())),
                "the words inside the .docx are searched like a note's");
    }
}
