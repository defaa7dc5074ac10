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
        String noteTaker, boolean companionAllowed) {

    public Hearing tidied() {
        return new Hearing(deadlineId, startsAt, Problems.tidy(place), Problems.tidy(chair),
                Problems.tidy(managementAttendee), Problems.tidy(noteTaker), companionAllowed);
    }

    /** Nothing said beyond the defaults: no need to keep a row. */
    public boolean isEmpty() {
        return startsAt == null && place == null && chair == null && managementAttendee == null && noteTaker == null
                && companionAllowed;
    }

    public List<String> problems() {
        return new Problems()
                .shortText(Messages.text("papers.hearing.place"), place)
                .shortText(Messages.text("papers.hearing.chair"), chair)
                .shortText(Messages.text("papers.hearing.management"), managementAttendee)
                .shortText(Messages.text("papers.hearing.note-taker"), noteTaker)
                .list();
    }
}
