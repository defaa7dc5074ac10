package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.longNote;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.testing.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;

/** Timelines and deadlines of a case in the data file. */
@ParameterizedClass
@EnumSource(Engine.class)
class CaseRecordsStoreTest {

    @Parameter
    Engine engine;


    @TempDir
    Path dir;
    private Database db;
    private TimelineStore timeline;
    private DeadlineStore deadlines;
    private CaseFile c;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        timeline = new TimelineStore(db);
        deadlines = new DeadlineStore(db);
        Member m = aMember().named("Siân Jones").build();
        new MemberStore(db).insert(m);
        c = new CaseStore(db).insert(aCase(m).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aLongNoteInAnyScriptComesBackCharacterForCharacter() {
        String note = longNote(10_000) + "\n\n\tIndented line; CRLF next\r\nZoë 李 😀 👩‍👧 end";
        TimelineEntry e = TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 9), EntryKind.HEARING, "Hearing — Łukasz", note);
        timeline.insert(e);
        db.close();
        db = engine.open(dir);
        List<TimelineEntry> read = new TimelineStore(db).ofCase(c.id());
        assertEquals(List.of(e), read);
        assertEquals(note, read.get(0).text());
    }

    @Test
    void everyKindOfEntryRoundTrips() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        for (EntryKind kind : EntryKind.values()) {
            TimelineEntry e = TimelineEntry.of(c.id(), day, kind, kind.label(), null);
            timeline.insert(e);
            day = day.plusDays(1);
        }
        List<EntryKind> newestFirst = new java.util.ArrayList<>(List.of(EntryKind.values()));
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, timeline.ofCase(c.id()).stream().map(TimelineEntry::kind).toList());
    }

    @Test
    void theTimelineIsNewestFirst() {
        TimelineEntry march = TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 1), EntryKind.NOTE, "March", null);
        TimelineEntry may = TimelineEntry.of(c.id(), LocalDate.of(2026, 5, 1), EntryKind.NOTE, "May", null);
        TimelineEntry april = TimelineEntry.of(c.id(), LocalDate.of(2026, 4, 1), EntryKind.NOTE, "April", null);
        timeline.insertAll(List.of(march, may, april));
        assertEquals(List.of(may, april, march), timeline.ofCase(c.id()));
    }

    @Test
    void anEditedEntryReplacesTheOld() {
        TimelineEntry e = TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 1), EntryKind.NOTE, "Draft", "first");
        timeline.insert(e);
        TimelineEntry edited = new TimelineEntry(e.id(), c.id(), LocalDate.of(2026, 3, 2), EntryKind.MEETING, "Met",
                "second");
        timeline.update(edited);
        assertEquals(List.of(edited), timeline.ofCase(c.id()));
    }

    @Test
    void anEntryForACaseThatDoesNotExistIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> timeline.insert(
                TimelineEntry.of(UUID.randomUUID(), LocalDate.of(2026, 3, 1), EntryKind.NOTE, "Orphan", null)));
        assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
    }

    @Test
    void deadlinesRoundTripInDateOrderWithHearingAndDoneFlags() {
        Deadline hearing = Deadline.of(c.id(), LocalDate.of(2026, 12, 10), "Appeal hearing — Siân", true);
        Deadline letter = Deadline.of(c.id(), LocalDate.of(2026, 12, 1), "Send statement", false).withDone(true);
        deadlines.insertAll(List.of(hearing, letter));
        assertEquals(List.of(letter, hearing), deadlines.ofCase(c.id()));
        assertEquals(List.of(letter, hearing), deadlines.all());
        deadlines.setDone(hearing.id(), true);
        deadlines.setDone(letter.id(), false);
        assertEquals(List.of(letter.withDone(false), hearing.withDone(true)), deadlines.ofCase(c.id()));
        deadlines.delete(letter.id());
        assertEquals(List.of(hearing.withDone(true)), deadlines.ofCase(c.id()));
    }

    @Test
    void aDeadlineForACaseThatDoesNotExistIsRefused() {
        StoreException e = assertThrows(StoreException.class,
                () -> deadlines.insert(Deadline.of(UUID.randomUUID(), LocalDate.of(2026, 3, 1), "x", false)));
        assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
    }
}
