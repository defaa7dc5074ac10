package org.repdesk.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.repdesk.model.LastSaved;
import org.repdesk.store.StoreException;

/** The refusal of a save that would replace someone else's (optimistic versioning), in words. */
final class ChangedElsewhere {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'at' HH:mm")
            .withZone(ZoneId.systemDefault());

    private ChangedElsewhere() {
    }

    /** "Case 2026-0042 was changed by olive on 05/12/2026 at 10:42 since you opened it. …" */
    static StoreException of(String what, LastSaved stamp) {
        String when;
        try {
            when = SHOWN.format(Instant.parse(stamp.at()));
        } catch (DateTimeParseException | NullPointerException e) {
            when = String.valueOf(stamp.at());
        }
        String who = stamp.by() == null ? "" : " by " + stamp.by();
        return new StoreException(StoreException.Kind.CHANGED_ELSEWHERE, what + " was changed" + who + " on " + when
                + " since you opened it, so your save was not made (it would have replaced theirs). Your changes are"
                + " still in the form: copy what you need, reload (F5) to see theirs, then enter yours again.");
    }
}
