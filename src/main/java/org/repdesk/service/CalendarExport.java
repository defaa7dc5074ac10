package org.repdesk.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>Written line by line as the deadlines are read, as biweekly wrote it before (issue 21: biweekly
 * built ~20 KB of objects per event): the same properties in the same order, text escaped as RFC 5545
 * says (backslash, comma and semicolon; a line break as {@code \n}), lines folded after 75 characters
 * with a space leading the next (never between the halves of a surrogate pair), CRLF throughout.
 */
public final class CalendarExport {

    /** Which events, and whether members' names go in them. */
    public record Choice(LocalDate from, LocalDate to, Optional<String> caseReference, boolean withNames) {
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Characters on a line before it is folded, as biweekly folded them (the leading space counts). */
    static final int LINE_LENGTH = 75;
    /** Not for reps: the calendar's opening, with Europe/London's rules since 1996 (BST from the last Sunday of March, GMT from October's). */
    static final String OPENING = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//RepDesk//Case papers//EN", // not for reps: iCalendar's PRODID, a format token
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:STANDARD",
            "DTSTART:19961027T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19960331T010000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT",
            "END:VTIMEZONE") + "\r\n";
    private static final String END = "END:VCALENDAR\r\n";
    /** Stands for what varies (a case's reference, a reckoning's day) when an event's words are worded once: a non-character, in no message. */
    private static final String MARK = "\uFFFF";

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
        int[] count = new int[1];
        OwnerOnlyFile.write(out, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write(OPENING);
            Events events = new Events(w, stamp(Instant.now()));
            ShownNames names = new ShownNames(Messages.language());
            desk.hearings().forEachForCalendar(choice.from(), choice.to(), only, x -> {
                events.write(x, choice.withNames() ? names.shown(x.memberName()) : null);
                count[0]++;
            });
            w.write(END);
            w.flush(); // OwnerOnlyFile forces the bytes to disk and closes the stream
        });
        return count[0];
    }

    /**
     * {@code Member.shownName} with retention's mark worded once (it worded the mark in both languages for
     * every event: ~150 MB at 300,000 cases).
     */
    static final class ShownNames {
        private final String english = Messages.text(Messages.ENGLISH, "member.anonymised");
        private final String welsh = Messages.text(Messages.WELSH, "member.anonymised");
        private final String shown;

        ShownNames(java.util.Locale language) {
            shown = Messages.text(language, "member.anonymised");
        }

        String shown(String stored) {
            boolean anonymised = stored != null && (org.repdesk.model.Member.ANONYMISED_NAME.equals(stored)
                    || stored.equals(english) || stored.equals(welsh));
            return anonymised ? shown : stored;
        }
    }

    /** DTSTAMP's value: the moment written, in UTC, to the second. */
    static String stamp(Instant now) {
        StringBuilder s = new StringBuilder(16);
        dateTime(s, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        return s.append('Z').toString();
    }

    /** One event after another, through one line's buffer and the labels worded once. */
    static final class Events {
        private final Writer w;
        private final String stamp;
        private final StringBuilder line = new StringBuilder(256);
        private final StringBuilder text = new StringBuilder(256);
        private char[] chars = new char[256];
        private LocalDate due;
        private LocalDate dayAfter;
        /** "Date worked out as {n} working days after {from}." for each number of days met, split around the day. */
        private final Map<Integer, String[]> workedOut = new java.util.HashMap<>();
        /** Whether String.format writes a day as the hand-made one does (not in a locale with other digits). */
        private static final boolean ASCII_DIGITS = String.format("%02d/%02d/%04d", 1, 2, 3).equals("01/02/0003");
        private final String chair = Messages.text("papers.schedule.chair-label") + ": ";
        private final String management = Messages.text("papers.schedule.management-label") + ": ";
        private final String noteTaker = Messages.text("papers.schedule.note-taker-label") + ": ";
        private final String companion = Messages.text("papers.calendar.companion");
        private final String noCompanion = Messages.text("papers.calendar.no-companion");
        /** "Case {reference} (RepDesk)" worded once, the text either side of the reference; null if it cannot be split. */
        private final String[] caseWords = around(Messages.text("papers.calendar.case", Map.of("reference", MARK)));

        Events(Writer w, String stamp) {
            this.w = w;
            this.stamp = stamp;
        }

        void write(HearingStore.ForCalendar s, String memberName) throws IOException {
            Deadline d = s.deadline();
            w.write("BEGIN:VEVENT\r\n");
            start("DTSTAMP").append(stamp);
            fold();
            // Stable across exports: importing a newer file updates the event rather than adding a second.
            escape(start("UID"), d.id().toString()).append("@repdesk");
            fold();
            StringBuilder summary = escape(start("SUMMARY"), s.caseReference());
            if (memberName != null && !memberName.isBlank()) {
                escape(summary.append(" · "), memberName);
            }
            escape(summary.append(" · "), d.label());
            fold();
            Optional<Hearing> h = s.hearing();
            if (h.isPresent() && h.get().startsAt() != null) {
                // A time that does not exist in London (the hour the clocks go forward) is the hour after, as before.
                dateTime(start("DTSTART;TZID=Europe/London"),
                        d.dueOn().atTime(h.get().startsAt()).atZone(LONDON).toLocalDateTime());
                fold();
                Integer minutes = h.get().expectedMinutes();
                StringBuilder duration = start("DURATION");
                if (minutes == null) {
                    duration.append("PT1H");
                } else {
                    duration.append("PT").append(minutes.intValue()).append('M');
                }
                fold();
            } else {
                date(start("DTSTART;VALUE=DATE"), d.dueOn());
                fold();
                if (!d.dueOn().equals(due)) { // the events come a day at a time: the next day worked out once a day
                    due = d.dueOn();
                    dayAfter = due.plusDays(1);
                }
                date(start("DTEND;VALUE=DATE"), dayAfter);
                fold();
            }
            if (h.isPresent() && h.get().place() != null) {
                escape(start("LOCATION"), h.get().place());
                fold();
            }
            // The lines joined first and escaped as one text, as before (a CR ending one line and the LF
            // joining the next are one line break).
            text.setLength(0);
            if (caseWords == null) {
                text.append(Messages.text("papers.calendar.case", Map.of("reference", s.caseReference())));
            } else {
                text.append(caseWords[0]).append(s.caseReference()).append(caseWords[1]);
            }
            if (h.isPresent()) {
                Hearing x = h.get();
                if (x.chair() != null) {
                    text.append('\n').append(chair).append(x.chair());
                }
                if (x.managementAttendee() != null) {
                    text.append('\n').append(management).append(x.managementAttendee());
                }
                if (x.noteTaker() != null) {
                    text.append('\n').append(noteTaker).append(x.noteTaker());
                }
                text.append('\n').append(x.companionAllowed() ? companion : noCompanion);
            }
            if (s.reckoning().isPresent()) {
                workedOut(text.append('\n'), s.reckoning().get());
            }
            escape(start("DESCRIPTION"), text);
            fold();
            w.write("CLASS:CONFIDENTIAL\r\nEND:VEVENT\r\n");
        }

        /**
         * The reckoning's sentence, as {@code Messages.text("papers.calendar.worked-out", sum: describe())} words it:
         * worded once for each number of working days, the day (dd/MM/yyyy) put in by hand.
         */
        private void workedOut(StringBuilder out, org.repdesk.model.Reckoning k) {
            int year = k.from().getYear();
            String[] words = year < 0 || year > 9999 || !ASCII_DIGITS ? null : workedOut.computeIfAbsent(k.workingDays(),
                    n -> around(Messages.text("papers.calendar.worked-out", Map.of("sum",
                            Messages.text("papers.reckoning", Map.of("n", n, "from", MARK))))));
            if (words == null) {
                out.append(Messages.text("papers.calendar.worked-out", Map.of("sum", k.describe())));
                return;
            }
            out.append(words[0]);
            two(out, k.from().getDayOfMonth());
            out.append('/');
            two(out, k.from().getMonthValue());
            out.append('/');
            if (year < 1000) {
                out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
            }
            out.append(year).append(words[1]);
        }

        /** The text before and after the one {@link #MARK} in {@code worded}; null when it is not there once. */
        static String[] around(String worded) {
            int at = worded.indexOf(MARK);
            if (at < 0 || worded.indexOf(MARK, at + 1) >= 0) {
                return null;
            }
            return new String[] {worded.substring(0, at), worded.substring(at + MARK.length())};
        }

        private StringBuilder start(String name) {
            line.setLength(0);
            return line.append(name).append(':');
        }

        /** The line written, folded, with its CRLF: from a kept array (Writer.append made a String of each line). */
        private void fold() throws IOException {
            int n = line.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            line.getChars(0, n, chars, 0);
            CalendarExport.fold(chars, n, w);
        }
    }

    /**
     * A line folded as biweekly (vinnie 2.0.2's FoldedLineWriter) folded it, RFC 5545's CRLF and a space
     * going before the character that would make a line longer than {@link #LINE_LENGTH} characters, the space
     * counting on the new line; but whitespace there stays on the line, with the rest when only one
     * character would follow it, and so does the second half of a surrogate pair (and the one character
     * after it, when it is the last). The first {@code end} characters of {@code line}, written from the array.
     */
    static void fold(char[] line, int end, Writer w) throws IOException {
        int from = 0;
        int length = 0;
        for (int i = 0; i < end; i++) {
            char c = line[i];
            if (length < LINE_LENGTH) {
                length++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                while (Character.isWhitespace(c) && i < end - 1) {
                    c = line[++i];
                }
                if (i >= end - 1) {
                    break;
                }
            }
            if (Character.isLowSurrogate(c) && ++i >= end - 1) {
                break;
            }
            w.write(line, from, i - from);
            w.write("\r\n ");
            from = i;
            length = 2; // the space and the character after it
        }
        w.write(line, from, end - from);
        w.write("\r\n");
    }

    /**
     * A TEXT value escaped (RFC 5545 §3.3.11): a backslash before each backslash, comma and semicolon,
     * and each line break (CRLF, CR or LF) as {@code \n}.
     */
    static StringBuilder escape(StringBuilder s, CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', ',', ';' -> s.append('\\').append(c);
                case '\r' -> {
                    s.append("\\n");
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> s.append("\\n");
                default -> s.append(c);
            }
        }
        return s;
    }

    private static void date(StringBuilder s, LocalDate d) {
        int year = d.getYear();
        if (year < 1000) {
            s.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        s.append(year);
        two(s, d.getMonthValue());
        two(s, d.getDayOfMonth());
    }

    private static void dateTime(StringBuilder s, LocalDateTime t) {
        date(s, t.toLocalDate());
        s.append('T');
        two(s, t.getHour());
        two(s, t.getMinute());
        two(s, t.getSecond());
    }

    private static void two(StringBuilder s, int n) {
        if (n < 10) {
            s.append('0');
        }
        s.append(n);
    }
}
