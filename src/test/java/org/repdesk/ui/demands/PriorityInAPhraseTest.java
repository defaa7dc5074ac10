package org.repdesk.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.Priority;
import org.repdesk.service.DemandService.DemandSummary;

/** A demand card's priority reads as Welsh places it after "blaenoriaeth": lower case, soft-mutated. */
class PriorityInAPhraseTest {

    private Locale before;

    @BeforeEach
    void remember() {
        before = Messages.language();
    }

    @AfterEach
    void restore() {
        Messages.setLanguage(before);
    }

    private static DemandSummary of(Priority p) {
        return new DemandSummary(Demand.raise("Caseload cap", null, DemandKind.CAMPAIGN_AIM, null,
                LocalDate.of(2026, 3, 2), p), null, 0, false);
    }

    @Test
    void aCardSaysBlaenoriaethGanoligInWelshAndMediumPriorityInEnglish() {
        Messages.setLanguage(Messages.WELSH);
        assertEquals("Nod yr ymgyrch · blaenoriaeth ganolig", DemandWords.cardMeta(of(Priority.MEDIUM)));
        assertEquals("Nod yr ymgyrch · blaenoriaeth uchel", DemandWords.cardMeta(of(Priority.HIGH)));
        Messages.setLanguage(Messages.ENGLISH);
        assertEquals("Campaign aim · Medium priority", DemandWords.cardMeta(of(Priority.MEDIUM)));
    }
}
