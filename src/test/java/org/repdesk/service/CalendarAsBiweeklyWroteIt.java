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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.store.HearingStore;

/**
 * The calendar as RepDesk wrote it through biweekly until issue 21 (7bf0cef's CalendarExport, its
 * events built exactly so), kept to hold the writer that replaced it to the same bytes.
 */
final class CalendarAsBiweeklyWroteIt {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration HEARING_LENGTH = new Duration.Builder().hours(1).build();

    private CalendarAsBiweeklyWroteIt() {
    }

    /** The whole file biweekly wrote for these events. */
    static String text(List<HearingStore.ForCalendar> events, boolean withNames) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//RepDesk//Case papers//EN");
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(LONDON), london()));
        events.forEach(x -> ical.addEvent(event(x, withNames ? x.memberName() : null)));
        return Biweekly.write(ical).go();
    }

    private static VEvent event(HearingStore.ForCalendar s, String memberName) {
        Deadline d = s.deadline();
        VEvent e = new VEvent();
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

    private static VTimezone london() {
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
