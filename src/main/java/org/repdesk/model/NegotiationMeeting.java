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
                .required("problems.field.date", heldOn)
                .plausibleDate("problems.field.date", heldOn)
                .required("problems.field.title", title)
                .shortText("problems.field.title", title)
                .longText("problems.field.attendees", attendees)
                .longText("problems.field.notes", notes)
                .list();
    }
}
