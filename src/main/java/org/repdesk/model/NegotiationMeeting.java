package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A dated negotiation meeting with the employer: who was there, and the notes. */
public record NegotiationMeeting(UUID id, LocalDate heldOn, String title, String attendees, String notes) {

    public static NegotiationMeeting of(LocalDate on, String title, String attendees, String notes) {
        return new NegotiationMeeting(UUID.randomUUID(), on, Problems.tidy(title), Problems.tidy(attendees),
                Problems.tidy(notes));
    }

    public List<String> problems() {
        return new Problems()
                .required("Date", heldOn)
                .plausibleDate("Date", heldOn)
                .required("Title", title)
                .shortText("Title", title)
                .longText("Attendees", attendees)
                .longText("Notes", notes)
                .list();
    }
}
