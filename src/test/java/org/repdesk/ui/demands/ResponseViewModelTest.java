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
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.Priority;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** "Record employer response" with no window: each problem beside its field, when it is shown, and the save. */
class ResponseViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private Demand demand;
    private final AtOnce atOnce = new AtOnce();
    private final List<EmployerResponse> saved = new ArrayList<>();
    private int writes;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        demand = desk.demands().raise(Demand.raise("Suspend capability where workload is a factor", null,
                DemandKind.URGENT_DEMAND, null, TestDesk.TODAY.minusMonths(2), Priority.HIGH));
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private ResponseViewModel form() {
        return new ResponseViewModel(atOnce, demand, TestDesk.TODAY, r -> {
            writes++;
            return desk.demands().recordResponse(r);
        });
    }

    private static String said(String language, String english, String welsh) {
        return "cy".equals(language) ? welsh : english;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void nothingIsSaidBeforeTheFieldIsTouchedOrSavePressed(String language) {
        Messages.setLanguage(Messages.forCode(language));
        ResponseViewModel form = form();
        String required = said(language, "Required.", "Rhaid llenwi hwn.");
        assertEquals(required, form.saidProblem().get(), "wrong from the start");
        assertEquals("", form.saidProblem().shownProperty().get(), "but not said on a form just opened");
        assertFalse(form.cannotSaveProperty().get(), "Save is offered: pressed, it says what is wrong");
        form.saidProperty().set("Will");
        form.saidProperty().set("");
        assertEquals(required, form.saidProblem().shownProperty().get(), "touched: said");
        assertFalse(form.cannotSaveProperty().get(), "still offered: pressed, it would say every other problem too");
        assertFalse(form.save(saved::add));
        assertTrue(form.cannotSaveProperty().get(), "pressed on a wrong form: it waits until the problems are put right");
        form.saidProperty().set("Will consider it");
        assertFalse(form.cannotSaveProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void saveShowsEveryProblemAtOnceEachBesideItsFieldAndWritesNothing(String language) {
        Messages.setLanguage(Messages.forCode(language));
        ResponseViewModel form = form();
        form.byProperty().set("R".repeat(10_000));
        form.promisedProperty().set(TestDesk.TODAY.minusDays(3));
        assertFalse(form.save(saved::add));
        assertEquals(said(language, "Required.", "Rhaid llenwi hwn."), form.saidProblem().shownProperty().get());
        assertEquals(said(language, "Too long: 10,000 characters, at most 200.", "Rhy hir: 10,000 nod, 200 ar y mwyaf."),
                form.byProblem().shownProperty().get());
        assertEquals(said(language, "The promised date cannot be before the response.",
                "Ni all y dyddiad a addawyd fod cyn yr ymateb."), form.promisedProblem().shownProperty().get());
        assertEquals("", form.dateProblem().shownProperty().get(), "the date is right");
        assertEquals(0, writes);
        assertTrue(saved.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void aYearWrittenShortIsRefusedWithAClearLine(String language) {
        Messages.setLanguage(Messages.forCode(language));
        ResponseViewModel form = form();
        form.saidProperty().set("Agreed to review caseloads");
        form.dateProperty().set(LocalDate.of(26, 11, 20)); // "20/11/26" read as it is written
        assertEquals(said(language, "The year 26 is not likely: write the year in full, like 2026.",
                "Nid yw'r flwyddyn 26 yn debygol: ysgrifennwch y flwyddyn yn llawn, fel 2026."),
                form.dateProblem().shownProperty().get());
        assertFalse(form.save(saved::add));
        form.dateTypedProblemProperty().set(Messages.text("screens.date.unreadable", "Date"));
        assertEquals(Messages.text("screens.date.unreadable", "Date"), form.dateProblem().shownProperty().get(),
                "text the date field cannot read is said as the field says it");
        assertEquals(0, writes);
    }

    @Test
    void aTenThousandCharacterAnswerIsSavedWhole() {
        ResponseViewModel form = form();
        String answer = "Ni fydd yr achos yn cael ei atal; mae rheolwyr yn cadw disgresiwn. ".repeat(150).substring(0, 10_000);
        form.saidProperty().set(answer);
        form.byProperty().set("Regional Probation Director");
        form.statusProperty().set(DemandStatus.REFUSED);
        assertEquals("", form.saidProblem().get());
        assertTrue(form.save(saved::add));
        assertEquals(answer.strip(), desk.demands().responses(demand.id()).get(0).said());
        assertEquals(DemandStatus.REFUSED, desk.demands().byId(demand.id()).orElseThrow().status());
        assertEquals(List.of(), atOnce.failures);
    }

    @Test
    void theResponseIsWrittenOnceThoughSaveIsPressedAgainWhileItSaves() {
        ResponseViewModel form = form();
        form.saidProperty().set("Will consider it");
        atOnce.holdNext();
        assertTrue(form.save(saved::add));
        assertTrue(form.cannotSaveProperty().get(), "Save waits while it saves");
        assertFalse(form.save(saved::add), "a second press while it saves is nothing");
        atOnce.release();
        assertEquals(1, writes);
        assertEquals(1, saved.size());
        assertEquals(1, desk.demands().responses(demand.id()).size());
        assertFalse(form.cannotSaveProperty().get());
    }

    @Test
    void aDemandDeletedMeanwhileIsSaidInTheFormAndTheTypingKept() {
        ResponseViewModel form = form();
        form.saidProperty().set("Will consider it");
        desk.demands().delete(demand.id());
        assertTrue(form.save(saved::add));
        assertEquals("That demand no longer exists.", form.formProblemProperty().get());
        assertEquals("Will consider it", form.saidProperty().get());
        assertTrue(saved.isEmpty());
    }
}
