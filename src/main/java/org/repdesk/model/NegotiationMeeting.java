package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/** A dated negotiation meeting with the employer: who was there, and the notes. */
public record NegotiationMeeting(UUID id, LocalDate heldOn, String title, String attendees, String notes) {

    public static NegotiationMeeting of(LocalDate on, String title, String attendees, String notes) {
        return new NegotiationMeeting(UUID.randomUUID(), on, Problems.tidy(title), Problems.tidy(attendees),
                Problems.tidy(notes));
    }

    public List<String> problems() {
        return new Problems()
                .required(Messages.text("problems.field.date"), heldOn)
                .plausibleDate(Messages.text("problems.field.date"), heldOn)
                .required(Messages.text("problems.field.title"), title)
                .shortText(Messages.text("problems.field.title"), title)
                .longText(Messages.text("problems.field.attendees"), attendees)
                .longText(Messages.text("problems.field.notes"), notes)
                .list();
    }
}
