package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Reckoning;
import org.repdesk.testing.TestDesk;

/**
 * The calendar, now written as its deadlines are read, is line for line the file RepDesk wrote when
 * it built the whole calendar first: calendar-as-before.ics was written from this same data by the
 * release before (7bf0cef). Only each event's DTSTAMP, the moment of writing, differs.
 */
class CalendarFileUnchangedTest {

    private static final Pattern STAMP = Pattern.compile("(?m)^DTSTAMP:\\d{8}T\\d{6}Z$");

    @TempDir
    Path dir;

    private static UUID id(int n) {
        return UUID.fromString(String.format("%08d-0000-4000-8000-000000000000", n));
    }

    @Test
    void theFileIsLineForLineWhatItWasBeforeItWasStreamed() throws Exception {
        Path out = dir.resolve("calendar.ics");
        try (RepDesk desk = TestDesk.open(dir)) {
            CaseFile dafydd = desk.cases().open(aCase(desk.members().save(aMember().named("Dafydd Rees").build())).build());
            CaseFile sian = desk.cases().open(aCase(desk.members().save(aMember().named("Siân ap Ifan-Llewellyn")
                    .number("N77").build())).build());
            HearingService h = desk.hearings();
            h.save(new Deadline(id(9), dafydd.id(), LocalDate.of(2026, 12, 10), "Stage 2 capability hearing", true, false),
                    Optional.of(new Hearing(null, LocalTime.of(10, 0), "Meeting Room 3, Cardiff PDU; ground floor",
                            "Head of PDU", "HR adviser", "Ffion Hughes", true, 150)), Optional.empty());
            // in British Summer Time, no length said
            h.save(new Deadline(id(3), sian.id(), LocalDate.of(2027, 6, 3), "Appeal hearing", true, false),
                    Optional.of(new Hearing(null, LocalTime.of(14, 30), null, null, null, null, false)), Optional.empty());
            h.save(new Deadline(id(5), sian.id(), LocalDate.of(2026, 12, 10), "Gwrandawiad: cyfarfod absenoldeb", true,
                    false), Optional.of(new Hearing(null, null, "Swyddfa Abertawe", null, null, null, true)),
                    Optional.empty());
            h.save(new Deadline(id(1), dafydd.id(), LocalDate.of(2027, 1, 6), "Appeal letter, with the grounds; "
                    + "a long description that has to be folded over more than one line of the file \\ done", false,
                    false), Optional.empty(), Optional.of(new Reckoning(null, LocalDate.of(2026, 12, 18), 10)));
            h.save(new Deadline(id(7), dafydd.id(), LocalDate.of(2026, 12, 1), "Already sent", false, true),
                    Optional.empty(), Optional.empty());
            // the same day as the first hearing, added after it with lower ids: the order added is kept
            h.save(new Deadline(id(2), sian.id(), LocalDate.of(2026, 12, 10), "Send the statement to Zoë Ó Briain", false,
                    false), Optional.empty(), Optional.empty());
            h.save(new Deadline(id(4), dafydd.id(), LocalDate.of(2026, 12, 10), "Return the notes", false, false),
                    Optional.empty(), Optional.of(new Reckoning(null, LocalDate.of(2026, 12, 3), 5)));

            int events = desk.calendar().write(out, new CalendarExport.Choice(null, null, Optional.empty(), true));

            assertEquals(6, events);
        }
        String written = Files.readString(out, StandardCharsets.UTF_8);
        String before;
        try (InputStream in = getClass().getResourceAsStream("calendar-as-before.ics")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(6, STAMP.matcher(written).results().count(), "every event is stamped with the moment it was written");
        assertEquals(STAMP.matcher(before).replaceAll("DTSTAMP"), STAMP.matcher(written).replaceAll("DTSTAMP"));
    }

    @Test
    void aCalendarLongerThanOneBatchHoldsEveryEventOnceUnderOneTimeZone() throws Exception {
        Path out = dir.resolve("calendar.ics");
        List<UUID> ids = new ArrayList<>();
        try (RepDesk desk = TestDesk.open(dir)) {
            CaseFile c = desk.cases().open(aCase(desk.members().save(aMember().build())).build());
            List<Deadline> many = new ArrayList<>();
            for (int i = 0; i < 2 * CalendarExport.EVENTS_AT_A_TIME + 1; i++) {
                Deadline d = Deadline.of(c.id(), LocalDate.of(2027, 1, 1).plusDays(i / 7), "Deadline " + i, false);
                many.add(d);
                ids.add(d.id());
            }
            new org.repdesk.store.DeadlineStore(desk.database()).insertAll(many);

            assertEquals(ids.size(), desk.calendar().write(out, new CalendarExport.Choice(null, null, Optional.empty(),
                    false)));
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(1, text.split("BEGIN:VTIMEZONE", -1).length - 1);
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        List<VEvent> read = Biweekly.parse(text).first().getEvents();
        assertEquals(ids.stream().map(i -> i + "@repdesk").toList(), read.stream().map(e -> e.getUid().getValue()).toList(),
                "each once, in the order added");
    }
}
