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
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.model.Priority;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** "Record a negotiation meeting" with no window: the problems, the responses given, and the save. */
class MeetingViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private Demand caseload;
    private Demand suspend;
    private final AtOnce atOnce = new AtOnce();
    private final List<NegotiationMeeting> saved = new ArrayList<>();
    private int writes;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        caseload = desk.demands().raise(Demand.raise("A maximum caseload of 60 points", null, DemandKind.LOCAL_DEMAND,
                null, TestDesk.TODAY.minusMonths(1), Priority.MEDIUM));
        suspend = desk.demands().raise(Demand.raise("Suspend capability where workload is a factor", null,
                DemandKind.URGENT_DEMAND, null, TestDesk.TODAY.minusMonths(2), Priority.HIGH));
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private MeetingViewModel form() {
        return new MeetingViewModel(atOnce, desk.demands().all(), TestDesk.TODAY, (m, ids, given) -> {
            writes++;
            return desk.demands().recordMeeting(m, ids, given);
        });
    }

    private static String said(String language, String english, String welsh) {
        return "cy".equals(language) ? welsh : english;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void nothingIsSaidUntilTouchedThenSaveSaysEveryProblemAtOnce(String language) {
        Messages.setLanguage(Messages.forCode(language));
        MeetingViewModel form = form();
        assertEquals("", form.titleProblem().shownProperty().get());
        form.dateProperty().set(LocalDate.of(26, 11, 20));
        String year = said(language, "The year 26 is not likely: write the year in full, like 2026.",
                "Nid yw'r flwyddyn 26 yn debygol: ysgrifennwch y flwyddyn yn llawn, fel 2026.");
        assertEquals(year, form.dateProblem().shownProperty().get(), "touched: said at once");
        assertEquals("", form.titleProblem().shownProperty().get(), "the title not yet");
        assertFalse(form.save(saved::add));
        assertEquals(year, form.dateProblem().shownProperty().get());
        assertEquals(said(language, "Required.", "Rhaid llenwi hwn."), form.titleProblem().shownProperty().get());
        assertTrue(form.cannotSaveProperty().get());
        assertEquals(0, writes);
    }

    @Test
    void aMeetingWithTenThousandCharactersOfNotesIsSavedWithTheResponsesGivenOnce() {
        MeetingViewModel form = form();
        form.titleProperty().set("Regional JNCC");
        form.attendeesProperty().set("RPD, HR business partner, Napo and UNISON reps");
        String notes = "Caseloads discussed team by team; the survey's figures accepted. ".repeat(200).substring(0, 10_000);
        form.notesProperty().set(notes);
        Demand first = form.demands().stream().filter(d -> d.id().equals(caseload.id())).findFirst().orElseThrow();
        Demand second = form.demands().stream().filter(d -> d.id().equals(suspend.id())).findFirst().orElseThrow();
        form.discussed().setAll(first, second);
        form.response(first).saidProperty().set("Will pilot a cap in two PDUs");
        form.response(second).statusProperty().set(DemandStatus.REFUSED); // no words: the change alone
        atOnce.holdNext();
        assertTrue(form.save(saved::add));
        assertFalse(form.save(saved::add), "pressed again while it saves: nothing");
        atOnce.release();
        assertEquals(1, writes);
        assertEquals(1, desk.demands().meetings().size());
        NegotiationMeeting m = desk.demands().meetings().get(0);
        assertEquals(notes.strip(), m.notes());
        assertEquals(2, desk.demands().demandsDiscussedAt(m.id()).size());
        List<EmployerResponse> given = desk.demands().responsesAtMeeting(m.id());
        assertEquals(2, given.size());
        assertEquals(DemandStatus.REFUSED, desk.demands().byId(suspend.id()).orElseThrow().status());
        assertEquals(List.of(m), saved);
    }

    @Test
    void aDemandUntickedGivesNoResponseAndItsWordsStayIfTickedAgain() {
        MeetingViewModel form = form();
        form.titleProperty().set("Regional JNCC");
        Demand first = form.demands().get(0);
        form.discussed().add(first);
        form.response(first).saidProperty().set("Noted");
        form.discussed().clear();
        assertTrue(form.save(saved::add));
        NegotiationMeeting m = desk.demands().meetings().get(0);
        assertTrue(desk.demands().responsesAtMeeting(m.id()).isEmpty());
        assertTrue(desk.demands().demandsDiscussedAt(m.id()).isEmpty());
        assertEquals("Noted", form.response(first).saidProperty().get());
    }
}
