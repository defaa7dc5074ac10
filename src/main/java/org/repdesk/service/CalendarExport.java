package org.repdesk.service;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Classification;
import biweekly.util.DayOfWeek;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.store.HearingStore;

/**
 * Hearings and deadlines as one iCalendar file (RFC 5545) for Outlook, Google Calendar or
 * Thunderbird: a hearing with a start time lasts its expected length (an hour when not said) from then, in Europe/London (the file
 * carries its VTIMEZONE, so no calendar has to guess); anything else is an all-day event on its
 * day. Each event names its case by reference; members' names only when the rep chooses.
 */
public final class CalendarExport {

    /** Which events, and whether members' names go in them. */
    public record Choice(LocalDate from, LocalDate to, Optional<String> caseReference, boolean withNames) {
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A hearing whose expected length is not said: an hour holds the time in the diary. */
    private static final Duration HEARING_LENGTH = new Duration.Builder().hours(1).build();
    /** Events written together through biweekly: a calendar of them held at a time, never the whole file. */
    static final int EVENTS_AT_A_TIME = 500;
    private static final String END = "END:VCALENDAR\r\n";

    private final RepDesk desk;

    public CalendarExport(RepDesk desk) {
        this.desk = desk;
    }

    /**
     * Writes the calendar, owner-only, whole or not at all, each event as its deadline is read (a
     * 300,000-case file's calendar held whole took 3.9 GB); gives how many events it holds. A case
     * reference that is not a case is refused in words before anything is written.
     */
    public int write(Path out, Choice choice) throws IOException {
        UUID only = choice.caseReference().map(ref -> desk.cases().byReference(ref)
                .orElseThrow(() -> new ValidationException(List.of(Messages.text("papers.error.unknown-case",
                        Map.of("reference", ref))))).id()).orElse(null);
        // biweekly writes one calendar at a time: the header (with the time zone) is that of a calendar
        // with no events, and each few hundred events are a calendar of their own, written without it.
        String header = text(List.of());
        String opening = header.substring(0, header.length() - END.length());
        int[] count = new int[1];
        OwnerOnlyFile.write(out, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write(opening);
            List<VEvent> some = new ArrayList<>(EVENTS_AT_A_TIME);
            desk.hearings().forEachForCalendar(choice.from(), choice.to(), only, x -> {
                some.add(event(x, choice.withNames() ? x.memberName() : null));
                count[0]++;
                if (some.size() == EVENTS_AT_A_TIME) {
                    w.write(events(some, opening));
                    some.clear();
                }
            });
            w.write(events(some, opening));
            w.write(END);
            w.flush(); // OwnerOnlyFile forces the bytes to disk and closes the stream
        });
        return count[0];
    }

    /** The events' lines alone: a calendar of them as biweekly writes it, less its opening and end. */
    private static String events(List<VEvent> events, String opening) {
        String whole = text(events);
        if (!whole.startsWith(opening) || !whole.endsWith(END)) {
            throw new IllegalStateException("biweekly wrote a calendar's opening differently"); // not for reps
        }
        return whole.substring(opening.length(), whole.length() - END.length());
    }

    private static String text(List<VEvent> events) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//RepDesk//Case papers//EN"); // not for reps: iCalendar's PRODID, a format token
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(LONDON), london()));
        events.forEach(ical::addEvent);
        return Biweekly.write(ical).go();
    }

    private static VEvent event(HearingStore.ForCalendar s, String memberName) {
        Deadline d = s.deadline();
        VEvent e = new VEvent();
        // Stable across exports: importing a newer file updates the event rather than adding a second.
        e.setUid(d.id() + "@repdesk");
        e.setSummary(s.caseReference() + (memberName == null || memberName.isBlank() ? "" : " · " + memberName) + " · "
                + d.label());
        Optional<Hearing> h = s.hearing();
        if (h.isPresent() && h.get().startsAt() != null) {
            e.setDateStart(Date.from(d.dueOn().atTime(h.get().startsAt()).atZone(LONDON).toInstant()), true);
            e.setDuration(h.get().expectedMinutes() == null ? HEARING_LENGTH
                    : new Duration.Builder().minutes(h.get().expectedMinutes()).build());
        } else {
            e.setDateStart(Date.from(d.dueOn().atStartOfDay(LONDON).toInstant()), false);
            e.setDateEnd(Date.from(d.dueOn().plusDays(1).atStartOfDay(LONDON).toInstant()), false);
        }
        h.map(Hearing::place).ifPresent(e::setLocation);
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text("papers.calendar.case", Map.of("reference", s.caseReference())));
        h.ifPresent(x -> {
            if (x.chair() != null) {
                lines.add(Messages.text("papers.schedule.chair-label") + ": " + x.chair());
            }
            if (x.managementAttendee() != null) {
                lines.add(Messages.text("papers.schedule.management-label") + ": " + x.managementAttendee());
            }
            if (x.noteTaker() != null) {
                lines.add(Messages.text("papers.schedule.note-taker-label") + ": " + x.noteTaker());
            }
            lines.add(Messages.text(x.companionAllowed() ? "papers.calendar.companion" : "papers.calendar.no-companion"));
        });
        s.reckoning().ifPresent(r -> lines.add(Messages.text("papers.calendar.worked-out", Map.of("sum", r.describe()))));
        e.setDescription(String.join("\n", lines));
        e.setClassification(Classification.confidential());
        return e;
    }

    /** Europe/London's rules since 1996 (EU summer time): BST from the last Sunday of March, GMT from October's. */
    static VTimezone london() {
        VTimezone tz = new VTimezone("Europe/London");
        StandardTime gmt = new StandardTime();
        gmt.setDateStart(new biweekly.util.DateTimeComponents(1996, 10, 27, 2, 0, 0, false));
        gmt.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        gmt.setTimezoneOffsetTo(new UtcOffset(true, 0, 0));
        gmt.addTimezoneName("GMT");
        gmt.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
        DaylightSavingsTime bst = new DaylightSavingsTime();
        bst.setDateStart(new biweekly.util.DateTimeComponents(1996, 3, 31, 1, 0, 0, false));
        bst.setTimezoneOffsetFrom(new UtcOffset(true, 0, 0));
        bst.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        bst.addTimezoneName("BST");
        bst.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
        tz.addStandardTime(gmt);
        tz.addDaylightSavingsTime(bst);
        return tz;
    }
}
