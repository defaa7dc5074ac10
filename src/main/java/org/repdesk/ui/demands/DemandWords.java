package org.repdesk.ui.demands;

import java.time.LocalDate;
import org.repdesk.i18n.Messages;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.Priority;
import org.repdesk.model.ResponseChannel;
import org.repdesk.service.DemandService.DemandSummary;

/** The demands' closed sets and a card's lines in the rep's language (the model keeps English labels for CSV). */
public final class DemandWords {

    private DemandWords() {
    }

    public static String status(DemandStatus s) {
        return Messages.text("boards.status." + s.name());
    }

    public static String kind(DemandKind k) {
        return Messages.text("boards.kind." + k.name());
    }

    public static String priority(Priority p) {
        return Messages.text("boards.priority." + p.name());
    }

    public static String channel(ResponseChannel c) {
        return Messages.text("boards.channel." + c.name());
    }

    /** A board column's heading: the status and how many demands it holds. */
    public static String heading(DemandStatus s, int count) {
        return Messages.text("boards.board.heading", java.util.Map.of("status", status(s), "n", count));
    }

    /** A card's second line: kind and priority. */
    public static String cardMeta(DemandSummary s) {
        return Messages.text("boards.card.meta", kind(s.demand().kind()), priority(s.demand().priority()),
                s.demand().priority().inPhrase(Messages.language()));
    }

    /** A card's third line: the last response and the cases linked as evidence. */
    public static String cardFacts(DemandSummary s) {
        LocalDate last = s.lastResponseOn();
        String response = last == null ? Messages.text("boards.card.noResponse")
                : Messages.text("boards.card.lastResponse", org.repdesk.report.Dates.uk(last));
        return Messages.text("boards.card.facts", java.util.Map.of("response", response, "n", s.linkedCases()));
    }
}
