package org.repdesk.ui.demands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.Priority;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** "Change status" with no window: the date's problem beside it, when it is shown, and the change saved once. */
class StatusChangeViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private Demand demand;
    private final AtOnce atOnce = new AtOnce();
    private final List<Demand> saved = new ArrayList<>();
    private int writes;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        demand = desk.demands().raise(Demand.raise("A maximum caseload of 60 points", null, DemandKind.LOCAL_DEMAND,
                null, TestDesk.TODAY.minusMonths(1), Priority.MEDIUM));
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private StatusChangeViewModel form() {
        return new StatusChangeViewModel(atOnce, demand, DemandStatus.AGREED, TestDesk.TODAY, (id, to, on, note) -> {
            writes++;
            return desk.demands().changeStatus(id, to, on, note);
        });
    }

    private static String said(String language, String english, String welsh) {
        return "cy".equals(language) ? welsh : english;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void aDateClearedIsSaidOnceTouchedAndOnOkEveryProblemAtOnce(String language) {
        Messages.setLanguage(Messages.forCode(language));
        StatusChangeViewModel form = form();
        assertTrue(form.validProperty().get(), "dated today, no note needed");
        form.dateProperty().set(null);
        String required = said(language, "Required.", "Rhaid llenwi hwn.");
        assertEquals(required, form.dateProblem().shownProperty().get());
        assertFalse(form.save(saved::add));
        assertTrue(form.cannotSaveProperty().get(), "OK waits until the date is put right");
        form.dateProperty().set(TestDesk.TODAY);
        assertFalse(form.cannotSaveProperty().get());

        StatusChangeViewModel fresh = form();
        fresh.dateProperty().set(null);
        fresh.dateProblem().untouch();
        assertEquals("", fresh.dateProblem().shownProperty().get(), "not touched: not said");
        assertFalse(fresh.save(saved::add));
        assertEquals(required, fresh.dateProblem().shownProperty().get(), "OK pressed: said");
        assertEquals(0, writes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void aYearWrittenShortIsRefusedWithAClearLine(String language) {
        Messages.setLanguage(Messages.forCode(language));
        StatusChangeViewModel form = form();
        form.dateProperty().set(LocalDate.of(26, 11, 20));
        assertEquals(said(language, "The year 26 is not likely: write the year in full, like 2026.",
                "Nid yw'r flwyddyn 26 yn debygol: ysgrifennwch y flwyddyn yn llawn, fel 2026."),
                form.dateProblem().shownProperty().get());
        assertFalse(form.save(saved::add));
        assertEquals(DemandStatus.RAISED, desk.demands().byId(demand.id()).orElseThrow().status());
    }

    @Test
    void aTenThousandCharacterNoteIsKeptWholeInTheHistory() {
        StatusChangeViewModel form = form();
        String note = "Agreed at the JNCC after the caseload survey; letter to follow. ".repeat(200).substring(0, 10_000);
        form.noteProperty().set(note);
        assertEquals("", form.noteProblem().shownProperty().get());
        assertTrue(form.save(saved::add));
        assertEquals(note.strip(), desk.demands().history(demand.id()).get(1).note());
        assertEquals(DemandStatus.AGREED, saved.get(0).status());
    }

    @Test
    void theChangeIsWrittenOnceThoughOkIsPressedAgainWhileItSaves() {
        StatusChangeViewModel form = form();
        atOnce.holdNext();
        assertTrue(form.save(saved::add));
        assertFalse(form.save(saved::add));
        atOnce.release();
        assertEquals(1, writes);
        assertEquals(2, desk.demands().history(demand.id()).size(), "raised, then this one change");
        assertEquals(List.of(), atOnce.failures);
    }
}
