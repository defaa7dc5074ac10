package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Reckoning;
import org.repdesk.store.HearingStore;
import org.repdesk.testing.TestDesk;

/**
 * The calendar, now written as its deadlines are read, is line for line the file RepDesk wrote when
 * it built the whole calendar first: calendar-as-before.ics was written from this same data by the
 * release before (7bf0cef). Only each event's DTSTAMP, the moment of writing, differs. Since issue 21
 * RepDesk writes the lines itself rather than through biweekly: events of every shape are held to the
 * bytes biweekly wrote for them ({@link CalendarAsBiweeklyWroteIt}).
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
    void aLongCalendarHoldsEveryEventOnceUnderOneTimeZone() throws Exception {
        Path out = dir.resolve("calendar.ics");
        List<UUID> ids = new ArrayList<>();
        try (RepDesk desk = TestDesk.open(dir)) {
            CaseFile c = desk.cases().open(aCase(desk.members().save(aMember().build())).build());
            List<Deadline> many = new ArrayList<>();
            for (int i = 0; i < 1_001; i++) {
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

    /**
     * What random text is made of: the characters iCalendar escapes, line breaks, Welsh, surrogate pairs,
     * and whitespace of several kinds (where a line is folded depends on it).
     */
    private static final String[] PIECES = {"a", "b", "Z", "0", "9", " ", " ", ",", ";", ":", "\\", "\"", "'", "\n",
        "\r", "\r\n", "\t", "·", "â", "ŵ", "Ó", "\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00", "é", "-", "=", "^",
        "\u2003", "\u00A0", "\u000B", "\f", "\u001F", "  "};

    private static String text(Random r, int longest) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(longest + 1);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    private static String maybe(Random r, int longest) {
        int pick = r.nextInt(6);
        return pick == 0 ? null : pick == 1 ? "" : text(r, longest);
    }

    @Test
    void eventsOfEveryShapeAreWhatBiweeklyWroteForThem() throws Exception {
        long seed = new Random().nextLong();
        Random r = new Random(seed);
        List<HearingStore.ForCalendar> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            LocalDate due = LocalDate.of(1997, 1, 1).plusDays(r.nextInt(40 * 366));
            if (r.nextInt(10) == 0) { // the days the clocks change: a time in the hour skipped or said twice
                due = due.withMonth(r.nextBoolean() ? 3 : 10).withDayOfMonth(31).with(java.time.temporal.TemporalAdjusters
                        .lastInMonth(java.time.DayOfWeek.SUNDAY));
            }
            boolean hearing = r.nextBoolean();
            Deadline d = new Deadline(new UUID(r.nextLong(), r.nextLong()), UUID.randomUUID(), due,
                    r.nextInt(4) == 0 ? "Hearing " + text(r, 40) : text(r, 90), hearing, false);
            Optional<Hearing> h = hearing || r.nextInt(4) == 0 ? Optional.of(new Hearing(d.id(),
                    r.nextInt(4) == 0 ? null : LocalTime.of(r.nextInt(24), r.nextInt(4) * 15),
                    maybe(r, 60), maybe(r, 40), maybe(r, 40), maybe(r, 40), r.nextBoolean(),
                    r.nextInt(3) == 0 ? null : r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(1_441))) : Optional.empty();
            Optional<Reckoning> k = r.nextBoolean() ? Optional.empty()
                    : Optional.of(new Reckoning(d.id(), due.minusDays(r.nextInt(60)), r.nextInt(40)));
            events.add(new HearingStore.ForCalendar(d, r.nextInt(5) == 0 ? text(r, 20) : "2026-" + r.nextInt(10_000),
                    maybe(r, 50), h, k));
        }
        for (boolean withNames : new boolean[] {true, false}) {
            StringWriter mine = new StringWriter();
            mine.write(CalendarExport.OPENING);
            CalendarExport.Events writer = new CalendarExport.Events(mine, CalendarExport.stamp(java.time.Instant.now()));
            for (HearingStore.ForCalendar x : events) {
                writer.write(x, withNames ? x.memberName() : null);
            }
            mine.write("END:VCALENDAR\r\n");
            // biweekly wrote a day without a time in the computer's own zone: a rep's, in the UK, is London's
            TimeZone zone = TimeZone.getDefault();
            String before;
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
                before = CalendarAsBiweeklyWroteIt.text(events, withNames);
            } finally {
                TimeZone.setDefault(zone);
            }
            sameLines(STAMP.matcher(before).replaceAll("DTSTAMP"), STAMP.matcher(mine.toString()).replaceAll("DTSTAMP"),
                    "seed " + seed + (withNames ? ", with names" : ", without names"));
        }
    }

    /** The same text, or the first line that differs with the two before it (a whole file is too long to read). */
    private static void sameLines(String expected, String actual, String what) {
        String[] e = expected.split("\r\n", -1);
        String[] a = actual.split("\r\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            if (!e[i].equals(a[i])) {
                int from = Math.max(0, i - 2);
                assertEquals(String.join("\n", java.util.Arrays.copyOfRange(e, from, i + 1)),
                        String.join("\n", java.util.Arrays.copyOfRange(a, from, i + 1)), what + ", line " + (i + 1));
            }
        }
        assertEquals(expected, actual, what);
    }

    @Test
    void aDayInSummerWithoutATimeIsThatDayWhateverTheComputersTimeZone() throws Exception {
        Path out = dir.resolve("calendar.ics");
        TimeZone zone = TimeZone.getDefault();
        try {
            // biweekly wrote the day in the computer's zone: from one on UTC, the day before in summer
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            try (RepDesk desk = TestDesk.open(dir)) {
                CaseFile c = desk.cases().open(aCase(desk.members().save(aMember().build())).build());
                desk.hearings().save(new Deadline(id(1), c.id(), LocalDate.of(2027, 6, 3), "Statement due", false, false),
                        Optional.empty(), Optional.empty());
                assertEquals(1, desk.calendar().write(out, new CalendarExport.Choice(null, null, Optional.empty(), false)));
            }
        } finally {
            TimeZone.setDefault(zone);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nDTSTART;VALUE=DATE:20270603\r\nDTEND;VALUE=DATE:20270604\r\n"), text);
    }
}
