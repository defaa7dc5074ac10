package org.repdesk.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.LastSaved;
import org.repdesk.store.StoreException;

/** The refusal of a save that would replace someone else's (optimistic versioning), in words. */
final class ChangedElsewhere {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private ChangedElsewhere() {
    }

    /**
     * "Case 2026-0042 was changed by olive on 05/12/2026 at 10:42 since you opened it. …"; {@code whatKey}
     * names the record ("changed.case", its {name} filled from {@code name}).
     */
    static StoreException of(String whatKey, String name, LastSaved stamp) {
        String when;
        try {
            Instant at = Instant.parse(stamp.at());
            when = Messages.text("changed.when", Map.of("day", DAY.format(at), "time", TIME.format(at)));
        } catch (DateTimeParseException | NullPointerException e) {
            when = String.valueOf(stamp.at());
        }
        String what = Messages.text(whatKey, Map.of("name", name));
        return new StoreException(StoreException.Kind.CHANGED_ELSEWHERE, stamp.by() == null
                ? Messages.text("changed.elsewhere", Map.of("what", what, "when", when))
                : Messages.text("changed.elsewhereBy", Map.of("what", what, "who", stamp.by(), "when", when)));
    }
}
