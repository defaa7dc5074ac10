package org.repdesk.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.repdesk.i18n.Messages;

/**
 * How a deadline's date was worked out: a number of working days after a date (weekends and
 * England and Wales bank holidays skipped), kept so the rep can show the employer the sum.
 */
public record Reckoning(UUID deadlineId, LocalDate from, int workingDays) {

    /** "10 working days after 18/12/2026". */
    public String describe() {
        return Messages.text("papers.reckoning", Map.of("n", workingDays,
                "from", String.format("%02d/%02d/%04d", from.getDayOfMonth(), from.getMonthValue(), from.getYear())));
    }

    /** The date this reckoning gives. */
    public LocalDate dueOn(WorkingDays days) {
        return days.after(from, workingDays);
    }
}
