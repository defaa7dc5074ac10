package org.repdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/** Something due on a case by a date: a hearing, an appeal letter, a document to send. */
public record Deadline(UUID id, UUID caseId, LocalDate dueOn, String description, boolean hearing, boolean done) {

    /**
     * What retention leaves in place of a deadline's words when it anonymises its case: stored data,
     * the same whatever the rep's language (files anonymised before December 2026 hold the same text),
     * worded for the reader by {@link #whatIsDue(String, Locale)}.
     */
    public static final String REMOVED_BY_RETENTION = "(removed under the retention policy)"; // not for reps: stored data

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
                .required("problems.field.case", caseId)
                .required("problems.field.dueDate", dueOn)
                .plausibleDate("problems.field.dueDate", dueOn)
                .required("problems.field.whatIsDue", description)
                .shortText("problems.field.whatIsDue", description)
                .list();
    }

    /** What is due, as a list shows it: "Hearing: " first for a hearing, unless it says so already. */
    public String label() {
        return label(Messages.language());
    }

    /** {@link #label()} in {@code language}. */
    public String label(Locale language) {
        String text = whatIsDue(description, language);
        return hearing && !saysHearing(text)
                ? Messages.text(language, "problems.deadline.hearing", java.util.Map.of("what", text)) : text;
    }

    /** What is due as stored, for the reader: the rep's words as typed, or retention's mark worded in {@code language}. */
    public static String whatIsDue(String stored, Locale language) {
        return REMOVED_BY_RETENTION.equals(stored) ? Messages.text(language, "deadline.removedByRetention")
                : stored == null ? "" : stored;
    }

    /**
     * The text begins with "hearing" or "gwrandawiad" (any case): "Hearing: Hearing: …" is said once,
     * whichever language the rep typed it in.
     */
    public static boolean saysHearing(String text) {
        return text != null && (text.regionMatches(true, 0, "hearing", 0, "hearing".length())
                || text.regionMatches(true, 0, "gwrandawiad", 0, "gwrandawiad".length()));
    }
}
