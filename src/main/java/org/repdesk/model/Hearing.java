package org.repdesk.model;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/**
 * Where and when a hearing or formal meeting happens, and who is in the room: kept beside its
 * deadline (the day). The right to be accompanied (ERA 1999 s10) applies to disciplinary and
 * grievance hearings; whether the employer allows a companion at other meetings is recorded as said.
 */
public record Hearing(UUID deadlineId, LocalTime startsAt, String place, String chair, String managementAttendee,
        String noteTaker, boolean companionAllowed, Integer expectedMinutes) {

    /** The longest a hearing may be said to last: a day. */
    public static final int MAX_MINUTES = 24 * 60;

    /** A hearing whose expected length is not said. */
    public Hearing(UUID deadlineId, LocalTime startsAt, String place, String chair, String managementAttendee,
            String noteTaker, boolean companionAllowed) {
        this(deadlineId, startsAt, place, chair, managementAttendee, noteTaker, companionAllowed, null);
    }

    public Hearing tidied() {
        return new Hearing(deadlineId, startsAt, Problems.tidy(place), Problems.tidy(chair),
                Problems.tidy(managementAttendee), Problems.tidy(noteTaker), companionAllowed, expectedMinutes);
    }

    public Hearing forDeadline(UUID id) {
        return new Hearing(id, startsAt, place, chair, managementAttendee, noteTaker, companionAllowed, expectedMinutes);
    }

    /** "1 hour 30 minutes" ("1 awr 30 munud"), or empty when the length is not said. */
    public java.util.Optional<String> length(java.util.Locale language) {
        if (expectedMinutes == null) {
            return java.util.Optional.empty();
        }
        int h = expectedMinutes / 60;
        int m = expectedMinutes % 60;
        String hours = h == 0 ? "" : Messages.text(language, "papers.hearing.hours", java.util.Map.of("n", h));
        String minutes = m == 0 ? "" : Messages.text(language, "papers.hearing.minutes", java.util.Map.of("n", m));
        return java.util.Optional.of((hours + " " + minutes).strip());
    }

    /** Nothing said beyond the defaults: no need to keep a row. */
    public boolean isEmpty() {
        return startsAt == null && place == null && chair == null && managementAttendee == null && noteTaker == null
                && companionAllowed && expectedMinutes == null;
    }

    public List<String> problems() {
        return new Problems()
                .shortText("papers.hearing.place", place)
                .shortText("papers.hearing.chair", chair)
                .shortText("papers.hearing.management", managementAttendee)
                .shortText("papers.hearing.note-taker", noteTaker)
                .when(expectedMinutes != null && (expectedMinutes < 1 || expectedMinutes > MAX_MINUTES),
                        "papers.hearing.length-problem")
                .list();
    }
}
