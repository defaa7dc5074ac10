package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Something due on a case by a date: a hearing, an appeal letter, a document to send. */
public record Deadline(UUID id, UUID caseId, LocalDate dueOn, String description, boolean hearing, boolean done) {

    public static Deadline of(UUID caseId, LocalDate dueOn, String description, boolean hearing) {
        return new Deadline(UUID.randomUUID(), caseId, dueOn, Problems.tidy(description), hearing, false);
    }

    public Deadline withDone(boolean nowDone) {
        return new Deadline(id, caseId, dueOn, description, hearing, nowDone);
    }

    /** Overdue: not done and its day has passed (due today is not yet overdue). */
    public boolean isOverdue(LocalDate today) {
        return !done && dueOn.isBefore(today);
    }

    public List<String> problems() {
        return new Problems()
                .required("Case", caseId)
                .required("Due date", dueOn)
                .plausibleDate("Due date", dueOn)
                .required("What is due", description)
                .shortText("What is due", description)
                .list();
    }

    /** What is due, as a list shows it: "Hearing: " first for a hearing, unless it says so already. */
    public String label() {
        String text = description == null ? "" : description;
        return hearing && !saysHearing(text) ? "Hearing: " + text : text;
    }

    /** The text begins with "hearing" (any case): "Hearing: Hearing: …" is said once. */
    public static boolean saysHearing(String text) {
        return text != null && text.regionMatches(true, 0, "hearing", 0, "hearing".length());
    }
}
