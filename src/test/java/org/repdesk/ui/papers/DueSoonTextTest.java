package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.service.HearingService;

/** What falls due soon, in the words the dashboard and the start of the day use. */
class DueSoonTextTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void nothingDueIsSaidAsPlainlyAsSomething() {
        assertEquals("Nothing falls due today or in the next two working days (to Wednesday 25/11).",
                DueSoonText.text(List.of(), WEDNESDAY));
    }

    @Test
    void eachThingDueIsOneLineWithItsDayTimeCaseAndPlace() {
        UUID caseId = UUID.randomUUID();
        Deadline hearing = Deadline.of(caseId, WEDNESDAY, "Stage 1 meeting", true);
        List<HearingService.DueSoon> due = List.of(
                new HearingService.DueSoon(Deadline.of(caseId, WEDNESDAY.minusDays(2), "Send OH consent form", false),
                        "2026-0007", Optional.empty()),
                new HearingService.DueSoon(hearing, "2026-0007", Optional.of(new Hearing(hearing.id(),
                        LocalTime.of(14, 30), "Room 2, Swansea", null, null, null, true))));

        assertEquals("2 things fall due today or in the next two working days (to Wednesday 25/11):\n"
                + "Mon 23/11 · 2026-0007 · Send OH consent form\n"
                + "Wed 25/11 at 14:30 · 2026-0007 · Hearing: Stage 1 meeting · Room 2, Swansea",
                DueSoonText.text(due, WEDNESDAY));
    }

    @Test
    void aLongListShowsItsFirstLinesAndSaysHowManyMore() {
        UUID caseId = UUID.randomUUID();
        List<HearingService.DueSoon> due = new java.util.ArrayList<>();
        for (int i = 0; i < DueSoonText.SHOWN + 3; i++) {
            due.add(new HearingService.DueSoon(Deadline.of(caseId, WEDNESDAY, "Item " + i, false), "2026-0007",
                    Optional.empty()));
        }
        List<String> lines = DueSoonText.text(due, WEDNESDAY).lines().toList();
        assertEquals(1 + DueSoonText.SHOWN + 1, lines.size(), String.join("\n", lines));
        assertEquals("11 things fall due today or in the next two working days (to Wednesday 25/11):", lines.get(0));
        assertEquals("Wed 25/11 · 2026-0007 · Item 7", lines.get(DueSoonText.SHOWN));
        assertEquals("… and 3 more: the cases list, ordered by next deadline, shows them all.", lines.get(lines.size() - 1));
    }

    @Test
    void inWelshTheDayAfterHydAtIsMutated() {
        java.util.Locale before = org.repdesk.i18n.Messages.language();
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
        try {
            assertEquals("Does dim yn ddyledus heddiw nac yn ystod y ddau ddiwrnod gwaith nesaf (hyd at ddydd Mawrth 24/11).",
                    DueSoonText.text(List.of(), WEDNESDAY.minusDays(1)));
            String friday = DueSoonText.text(List.of(), LocalDate.of(2026, 11, 27));
            org.junit.jupiter.api.Assertions.assertTrue(friday.endsWith("(hyd at ddydd Gwener 27/11)."), friday);
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }
    }
}
