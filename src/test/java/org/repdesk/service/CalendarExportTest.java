package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Reckoning;
import org.repdesk.testing.TestDesk;

/** The .ics file, read back by the same library a calendar would use. */
class CalendarExportTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile caseFile;
    private Path out;

    @BeforeEach
    void aCaseWithAHearingAndAnAppealDeadline() {
        desk = TestDesk.open(dir);
        caseFile = desk.cases().open(aCase(desk.members().save(aMember().named("Dafydd Rees").build())).build());
        Deadline hearing = Deadline.of(caseFile.id(), LocalDate.of(2026, 12, 10), "Stage 2 capability hearing", true);
        desk.hearings().save(hearing, Optional.of(new Hearing(null, LocalTime.of(10, 0), "Meeting Room 3, Cardiff PDU",
                "Head of PDU", null, null, true, 150)), Optional.empty());
        // in British Summer Time: 14:30 in London is 13:30 UTC
        desk.hearings().save(Deadline.of(caseFile.id(), LocalDate.of(2027, 6, 3), "Appeal hearing", true),
                Optional.of(new Hearing(null, LocalTime.of(14, 30), null, null, null, null, false)), Optional.empty());
        desk.hearings().save(Deadline.of(caseFile.id(), LocalDate.of(2027, 1, 6), "Appeal letter", false),
                Optional.empty(), Optional.of(new Reckoning(null, LocalDate.of(2026, 12, 18), 10)));
        Deadline done = Deadline.of(caseFile.id(), LocalDate.of(2026, 12, 1), "Already sent", false).withDone(true);
        desk.hearings().save(done, Optional.empty(), Optional.empty());
        out = dir.resolve("hearings.ics");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<VEvent> written(CalendarExport.Choice choice) throws Exception {
        desk.calendar().write(out, choice);
        ICalendar ical = Biweekly.parse(out.toFile()).first();
        return ical.getEvents().stream().sorted(Comparator.comparing(e -> e.getDateStart().getValue())).toList();
    }

    @Test
    void hearingsAreTimedInLondonDeadlinesAreAllDayAndNoNameIsWrittenUnlessChosen() throws Exception {
        List<VEvent> events = written(new CalendarExport.Choice(null, null, Optional.empty(), false));
        String text = Files.readString(out);

        assertEquals(3, events.size(), "the deadline already done is left out");
        VEvent hearing = events.get(0);
        assertEquals(caseFile.reference() + " · Hearing: Stage 2 capability hearing", hearing.getSummary().getValue());
        assertEquals(ZonedDateTime.of(2026, 12, 10, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant(),
                hearing.getDateStart().getValue().toInstant());
        assertEquals("Meeting Room 3, Cardiff PDU", hearing.getLocation().getValue());
        assertTrue(hearing.getDescription().getValue().contains("Chaired by: Head of PDU"));
        assertTrue(text.contains("DTSTART;TZID=Europe/London:20261210T100000"), text);
        assertTrue(text.contains("BEGIN:VTIMEZONE") && text.contains("TZID:Europe/London"), text);
        assertEquals(java.time.Duration.ofMinutes(150), java.time.Duration.ofMillis(
                hearing.getDuration().getValue().toMillis()), "its expected length holds the diary");
        assertEquals(java.time.Duration.ofHours(1), java.time.Duration.ofMillis(
                events.get(2).getDuration().getValue().toMillis()), "an hour where the length is not said");

        VEvent letter = events.get(1);
        assertFalse(letter.getDateStart().getValue().hasTime(), "a deadline is a whole day");
        assertTrue(letter.getDescription().getValue().contains("Date worked out as 10 working days after 18/12/2026."));
        assertEquals(ZonedDateTime.of(2027, 6, 3, 13, 30, 0, 0, ZoneId.of("UTC")).toInstant(),
                events.get(2).getDateStart().getValue().toInstant(), "BST: an hour ahead of UTC");
        assertFalse(text.contains("Dafydd"), "no member's name unless the rep chooses");
    }

    @Test
    void oneCaseADateRangeAndNamesWhenChosen() throws Exception {
        CaseFile other = desk.cases().open(aCase(desk.members().save(aMember().named("Other Person").number("N9").build()))
                .build());
        desk.hearings().save(Deadline.of(other.id(), LocalDate.of(2026, 12, 11), "Other case's hearing", true),
                Optional.empty(), Optional.empty());

        List<VEvent> events = written(new CalendarExport.Choice(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31),
                Optional.of(caseFile.reference()), true));

        assertEquals(1, events.size());
        assertEquals(caseFile.reference() + " · Dafydd Rees · Hearing: Stage 2 capability hearing",
                events.get(0).getSummary().getValue());
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> desk.calendar().write(out, new CalendarExport.Choice(null, null, Optional.of("2099-0001"), false)));
        assertEquals("There is no case 2099-0001.", unknown.getMessage());
    }
}
