package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.AuditEntry.Action;
import org.repdesk.model.AuditEntry.Kind;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.DocumentFormat;
import org.repdesk.model.DocumentKind;
import org.repdesk.model.Member;
import org.repdesk.service.AuditTrail;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.TestDesk;

/** The audit trail read in English and in Welsh, the stored entries left as they were written. */
class AuditWordsTest {

    @TempDir
    Path dir;

    private static AuditEntry entry(Kind kind, String reference, Action action, String field, String old, String now) {
        return new AuditEntry(1, "2026-11-23T14:05:09.123Z", "Dana Rep", kind, UUID.randomUUID(), reference, null, null,
                action, field, old, now);
    }

    @Test
    void aChangeOfStageReadsInEachLanguageWithTheStartingStagesNamedInIt() {
        AuditEntry e = entry(Kind.CASE, "2026-0042", Action.CHANGED, "stage",
                "Informal stage (support and improvement plan)", "Appeal");
        assertEquals("Case 2026-0042: stage changed from informal stage (support and improvement plan) to appeal",
                AuditWords.what(e, Messages.ENGLISH), "mid-sentence, in lower case");
        assertEquals("Achos 2026-0042: newidiwyd cam o gam anffurfiol (cynllun cymorth a gwella) i apêl",
                AuditWords.what(e, Messages.WELSH), "lower case, and as Welsh reads after \"o\" and \"i\"");
        AuditEntry own = entry(Kind.CASE, "2026-0042", Action.CHANGED, "stage", "Pre-hearing chat", "Appeal");
        assertEquals("Case 2026-0042: stage changed from Pre-hearing chat to appeal", AuditWords.what(own, Messages.ENGLISH),
                "a stage the rep named, as they wrote it");
    }

    @Test
    void closedSetsDatesAndYesOrNoAreWordedAndBlanksNamed() {
        assertEquals("Achos 2026-0042: newidiwyd statws o ar agor i wedi cau", AuditWords.what(entry(Kind.CASE,
                "2026-0042", Action.CHANGED, "status", CaseStatus.OPEN.label(), CaseStatus.CLOSED.label()), Messages.WELSH));
        assertEquals("Case 2026-0042: status changed from on hold to closed", AuditWords.what(entry(Kind.CASE,
                "2026-0042", Action.CHANGED, "status", "On hold", "Closed"), Messages.ENGLISH),
                "a status stored as its label, as every trail holds it, reads in lower case mid-sentence");
        assertEquals("Demand Workload cap: status changed from in discussion to partly agreed", AuditWords.what(entry(Kind.DEMAND,
                "Workload cap", Action.CHANGED, "status", "In discussion", "Partly agreed"), Messages.ENGLISH));
        assertEquals("Case 2026-0042: closed on changed from (blank) to 23/11/2026", AuditWords.what(entry(Kind.CASE,
                "2026-0042", Action.CHANGED, "closed on", null, "2026-11-23"), Messages.ENGLISH));
        assertEquals("Achos 2026-0042: newidiwyd dyddiad cau o (gwag) i 23/11/2026", AuditWords.what(entry(Kind.CASE,
                "2026-0042", Action.CHANGED, "closed on", null, "2026-11-23"), Messages.WELSH));
        assertEquals("Terfyn amser: newidiwyd wedi’i wneud o nac ydy i ydy", AuditWords.what(entry(Kind.DEADLINE, null,
                Action.CHANGED, "done", AuditTrail.NO, AuditTrail.YES), Messages.WELSH));
        assertEquals("Achos 2026-0042: newidiwyd math o Cwyn i Gallu",
                AuditWords.what(entry(Kind.CASE, "2026-0042", Action.CHANGED, "type", CaseType.GRIEVANCE.label(),
                        CaseType.CAPABILITY.label()), Messages.WELSH));
    }

    @Test
    void textChangesCreationsAndExportsSayNoMoreThanWasKept() {
        AuditEntry note = entry(Kind.TIMELINE_ENTRY, "2026-0042", Action.CHANGED, "note", null, AuditEntry.TEXT_CHANGED);
        assertEquals("Timeline entry 2026-0042: note changed (text changed; the text is not kept in the audit trail)",
                AuditWords.what(note, Messages.ENGLISH));
        assertTrue(AuditWords.what(note, Messages.WELSH).startsWith("Cofnod llinell amser 2026-0042: newidiwyd nodyn ("),
                AuditWords.what(note, Messages.WELSH));
        assertEquals("Member N12345: created", AuditWords.what(entry(Kind.MEMBER, "N12345", Action.CREATED, null, null,
                null), Messages.ENGLISH));
        assertEquals("Aelod N12345: crëwyd", AuditWords.what(entry(Kind.MEMBER, "N12345", Action.CREATED, null, null,
                null), Messages.WELSH));
        // Written before documents had their own reference: the number the export kept names it.
        assertEquals("Dogfen 3 ar achos 2026-0042: allforiwyd", AuditWords.what(entry(Kind.DOCUMENT, "2026-0042",
                Action.EXPORTED, null, null, "document 3"), Messages.WELSH));
        assertEquals("Document 3 on case 2026-0042: exported", AuditWords.what(entry(Kind.DOCUMENT, "2026-0042 3",
                Action.EXPORTED, null, null, "document 3"), Messages.ENGLISH));
        assertEquals("Aelod [wedi’i dynnu]: dilëwyd", AuditWords.what(entry(Kind.MEMBER, AuditEntry.REMOVED,
                Action.DELETED, null, null, null), Messages.WELSH));
    }

    @Test
    void aNameNeverSetIsSaidInTheReadersLanguageAndARepsNameAsRecorded() {
        assertEquals("(enw’r cynrychiolydd heb ei osod)", AuditWords.who(AuditTrail.NAME_NOT_SET, Messages.WELSH));
        assertEquals("(rep’s name not set)", AuditWords.who(AuditTrail.NAME_NOT_SET, Messages.ENGLISH));
        assertEquals("Siân Rep", AuditWords.who("Siân Rep", Messages.WELSH));
    }

    @Test
    void timesReadAsDatesAreWrittenToTheMinuteInTheComputersTime() {
        assertEquals("23/11/2026 14:05", AuditWords.when("2026-11-23T14:05:09.123Z", ZoneOffset.UTC));
        assertEquals("01/07/2026 10:05", AuditWords.when("2026-07-01T09:05:00Z", ZoneId.of("Europe/London")), "BST");
        assertEquals("", AuditWords.when(null, ZoneOffset.UTC));
        assertEquals("yesterday", AuditWords.when("yesterday", ZoneOffset.UTC));
    }

    @Test
    void everyFieldTheServicesRecordHasWordsInBothLanguages() {
        // The names AuditTrail.fields() is given across the services (CaseService, MemberService, …).
        List<String> stored = List.of("type", "status", "stage", "opened on", "closed on", "manager", "workload factor",
                "outcome", "workload account", "date", "kind", "summary", "note", "title", "done", "due on", "what is due",
                "hearing", "recorded on", "capacity %", "workload points", "contracted hours", "reduction hours",
                "cases held", "hours worked", "uncounted work", "full text", "raised by", "raised on", "priority",
                "evidence case type", "evidence needs workload factor", "promise kept", "evidence for demand",
                "membership number", "name", "union", "grade", "team", "office", "region", "email", "phone", "first day",
                "last day", "hours", "reason", "disability-related", "pregnancy-related", "work-related", "fit note",
                "weekdays", "hours per week", "warning on", "retention");
        List<String> missing = new ArrayList<>();
        for (String name : stored) {
            String key = AuditWords.fieldKey(name);
            if (!Messages.has(key)) {
                missing.add(name + " → " + key);
            } else {
                assertEquals(name, Messages.text(Messages.ENGLISH, key), "English says the field as stored");
            }
        }
        assertTrue(missing.isEmpty(), "fields with no words: " + missing);
    }

    @Test
    void aCasesTrailFromTheServicesReadsWhollyInWelsh() {
        try (RepDesk desk = TestDesk.open(dir)) {
            Member m = desk.members().save(aMember().named("Siân Jones").build());
            CaseFile c = desk.cases().open(aCase(m).type(CaseType.CAPABILITY, "Informal stage (support and improvement plan)")
                    .openedOn(LocalDate.of(2026, 1, 2)).build());
            desk.cases().update(c.withStage("Formal stage 1 (first written warning)"));
            List<AuditEntry> trail = desk.audit().ofCase(c.id());
            AuditEntry changed = trail.get(trail.size() - 1);
            assertEquals("Formal stage 1 (first written warning)", changed.newValue(), "stored as written, in English");
            assertEquals(AuditTrail.NAME_NOT_SET, changed.who());
            String welsh = AuditWords.what(changed, Messages.WELSH);
            assertEquals("Achos " + c.reference() + ": newidiwyd cam o gam anffurfiol (cynllun cymorth a gwella) i gam "
                    + "ffurfiol 1 (rhybudd ysgrifenedig cyntaf)", welsh);
            for (AuditEntry e : trail) {
                String w = AuditWords.what(e, Messages.WELSH);
                assertFalse(w.matches(".*\\b(Case|changed|created|from|stage)\\b.*"), w);
            }
        }
    }

    @Test
    void anEntryAboutADocumentWrittenBeforeDocumentsHadTheirOwnReferenceIsNamedWhileTheDocumentIsHeld() {
        UUID documentId = UUID.randomUUID();
        AuditEntry old = new AuditEntry(1, "2026-11-23T14:05:09.123Z", "Dana Rep", Kind.DOCUMENT, documentId,
                "2026-0052", null, null, Action.CREATED, null, null, null);
        CaseDocument held = new CaseDocument(documentId, UUID.randomUUID(), UUID.randomUUID(), 4,
                DocumentKind.FIT_NOTE, "Fit note March", "fit.png", DocumentFormat.PNG, LocalDate.of(2026, 3, 1),
                null, "00", 10);
        assertEquals("Document 4 on case 2026-0052, “Fit note March”: created",
                AuditWords.what(old, Messages.ENGLISH, java.util.Map.of(documentId, held)));
        assertEquals("Document on case 2026-0052, since deleted: created", AuditWords.what(old, Messages.ENGLISH));
        assertEquals("Dogfen ar achos 2026-0052, a ddilëwyd wedyn: crëwyd", AuditWords.what(old, Messages.WELSH));
        assertEquals("Dogfen 4 ar achos 2026-0052: crëwyd", AuditWords.what(entry(Kind.DOCUMENT,
                AuditEntry.documentReference("2026-0052", 4), Action.CREATED, null, null, null), Messages.WELSH));
        assertEquals("Document [removed]: created", AuditWords.what(entry(Kind.DOCUMENT, AuditEntry.REMOVED,
                Action.CREATED, null, null, null), Messages.ENGLISH));
    }
}
