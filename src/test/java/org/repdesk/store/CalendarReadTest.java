package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Member;
import org.repdesk.model.Reckoning;
import org.repdesk.testing.Engine;

/** The calendar's one read: deadlines not done, with their case, member, hearing and reckoning, in order. */
@ParameterizedClass
@EnumSource(Engine.class)
class CalendarReadTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;
    private Database db;
    private HearingStore hearings;
    private DeadlineStore deadlines;
    private CaseFile siansCase;
    private CaseFile tomsCase;

    @BeforeEach
    void twoCases() {
        db = engine.open(dir);
        hearings = new HearingStore(db);
        deadlines = new DeadlineStore(db);
        MemberStore members = new MemberStore(db);
        Member sian = aMember().named("Siân Jones").build();
        Member tom = aMember().named("Tom Price").build();
        members.insert(sian);
        members.insert(tom);
        CaseStore cases = new CaseStore(db);
        siansCase = cases.insert(aCase(sian).build());
        tomsCase = cases.insert(aCase(tom).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Deadline added(String id, CaseFile c, LocalDate day, String what, boolean hearing, boolean done) {
        Deadline d = new Deadline(UUID.fromString(id), c.id(), day, what, hearing, done);
        deadlines.insert(d);
        return d;
    }

    private List<HearingStore.ForCalendar> read(LocalDate from, LocalDate to, UUID caseId) throws Exception {
        List<HearingStore.ForCalendar> all = new ArrayList<>();
        hearings.forEachForCalendar(from, to, caseId, all::add);
        return all;
    }

    @Test
    void soonestFirstNothingDoneAndEachWithItsCaseMemberHearingAndReckoning() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 10);
        Deadline later = added("00000000-0000-0000-0000-000000000001", tomsCase, day.plusDays(5), "Appeal letter",
                false, false);
        Deadline hearing = added("00000000-0000-0000-0000-000000000002", siansCase, day, "Stage 2 hearing", true, false);
        added("00000000-0000-0000-0000-000000000003", siansCase, day.minusDays(1), "Already sent", false, true);
        Hearing details = new Hearing(hearing.id(), LocalTime.of(10, 0), "Room 3", "Head of PDU", null, null, true, 90);
        hearings.saveHearing(hearing.id(), Optional.of(details));
        Reckoning sum = new Reckoning(later.id(), LocalDate.of(2026, 12, 1), 10);
        hearings.saveReckoning(later.id(), Optional.of(sum));

        List<HearingStore.ForCalendar> read = read(null, null, null);

        assertEquals(List.of(hearing, later), read.stream().map(HearingStore.ForCalendar::deadline).toList(),
                "the one done is left out");
        assertEquals(new HearingStore.ForCalendar(hearing, siansCase.reference(), "Siân Jones", Optional.of(details),
                Optional.empty()), read.get(0));
        assertEquals(new HearingStore.ForCalendar(later, tomsCase.reference(), "Tom Price", Optional.empty(),
                Optional.of(sum)), read.get(1));
    }

    @Test
    void aDayRangeTakesBothItsEndsAndACaseOnlyItsOwn() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 10);
        Deadline before = added("00000000-0000-0000-0000-000000000001", siansCase, day.minusDays(1), "Before", false, false);
        Deadline first = added("00000000-0000-0000-0000-000000000002", siansCase, day, "First day", false, false);
        Deadline toms = added("00000000-0000-0000-0000-000000000003", tomsCase, day.plusDays(1), "Tom's", false, false);
        Deadline last = added("00000000-0000-0000-0000-000000000004", siansCase, day.plusDays(2), "Last day", false, false);
        Deadline after = added("00000000-0000-0000-0000-000000000005", siansCase, day.plusDays(3), "After", false, false);

        assertEquals(List.of(first, toms, last), read(day, day.plusDays(2), null).stream()
                .map(HearingStore.ForCalendar::deadline).toList());
        assertEquals(List.of(first, last), read(day, day.plusDays(2), siansCase.id()).stream()
                .map(HearingStore.ForCalendar::deadline).toList());
        assertEquals(List.of(before, first, last, after), read(null, null, siansCase.id()).stream()
                .map(HearingStore.ForCalendar::deadline).toList());
        assertEquals(List.of(toms, last, after), read(day.plusDays(1), null, null).stream()
                .map(HearingStore.ForCalendar::deadline).toList());
        assertEquals(List.of(before), read(null, day.minusDays(1), null).stream()
                .map(HearingStore.ForCalendar::deadline).toList());
    }

    @Test
    void deadlinesOnTheSameDayComeInTheOrderTheyWereAddedOnAFile() throws Exception {
        LocalDate day = LocalDate.of(2026, 12, 10);
        Deadline z = added("ffffffff-0000-0000-0000-000000000000", siansCase, day, "Added first", false, false);
        Deadline a = added("00000000-0000-0000-0000-00000000000a", tomsCase, day, "Added second", false, false);
        Deadline m = added("77777777-0000-0000-0000-000000000000", siansCase, day, "Added third", false, false);

        List<Deadline> read = read(null, null, null).stream().map(HearingStore.ForCalendar::deadline).toList();

        // A casebook keeps no order of adding: its ties come in the ids' order, the same every time.
        assertEquals(engine == Engine.SQLITE ? List.of(z, a, m) : List.of(a, m, z), read);
        assertEquals(engine == Engine.SQLITE ? List.of(z, m) : List.of(m, z), read(null, null, siansCase.id()).stream()
                .map(HearingStore.ForCalendar::deadline).toList());
    }
}
