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
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;

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

    private final RepDesk desk;

    public CalendarExport(RepDesk desk) {
        this.desk = desk;
    }

    /** The calendar for the choice; a case reference that is not a case is refused in words. */
    public ICalendar calendar(Choice choice) {
        Optional<CaseFile> only = choice.caseReference().map(ref -> desk.cases().byReference(ref)
                .orElseThrow(() -> new ValidationException(List.of(Messages.text("papers.error.unknown-case",
                        Map.of("reference", ref))))));
        List<HearingService.Scheduled> all = only.map(c -> desk.hearings().ofCase(c.id()))
                .orElseGet(() -> desk.hearings().all());
        ICalendar ical = new ICalendar();
        ical.setProductId("-//RepDesk//Case papers//EN"); // not for reps: iCalendar's PRODID, a format token
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(LONDON), london()));
        Map<UUID, CaseFile> cases = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        for (HearingService.Scheduled s : all) {
            Deadline d = s.deadline();
            if (d.done() || (choice.from() != null && d.dueOn().isBefore(choice.from()))
                    || (choice.to() != null && d.dueOn().isAfter(choice.to()))) {
                continue;
            }
            CaseFile c = cases.computeIfAbsent(d.caseId(), id -> desk.cases().byId(id).orElseThrow());
            String name = choice.withNames() ? names.computeIfAbsent(c.memberId(),
                    id -> desk.members().byId(id).map(m -> m.name()).orElse("")) : null;
            ical.addEvent(event(s, c, name));
        }
        return ical;
    }

    /** Writes the calendar, owner-only, whole or not at all; gives how many events it holds. */
    public int write(Path out, Choice choice) throws IOException {
        ICalendar ical = calendar(choice);
        String text = Biweekly.write(ical).go();
        OwnerOnlyFile.write(out, stream -> stream.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return ical.getEvents().size();
    }

    private static VEvent event(HearingService.Scheduled s, CaseFile c, String memberName) {
        Deadline d = s.deadline();
        VEvent e = new VEvent();
        // Stable across exports: importing a newer file updates the event rather than adding a second.
        e.setUid(d.id() + "@repdesk");
        e.setSummary(c.reference() + (memberName == null || memberName.isBlank() ? "" : " · " + memberName) + " · "
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
        lines.add(Messages.text("papers.calendar.case", Map.of("reference", c.reference())));
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
