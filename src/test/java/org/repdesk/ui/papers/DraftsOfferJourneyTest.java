package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.FxWait.waitUntil;

import java.nio.file.Path;
import java.util.UUID;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.service.DeskPreferences;
import org.repdesk.service.NoteDrafts;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;
import org.repdesk.ui.MainWindow;
import org.repdesk.ui.handles.DraftsOfferHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** At start, a note a stopped RepDesk left unsaved is offered in a window, refused while too long, then discarded. */
@ExtendWith(ApplicationExtension.class)
class DraftsOfferJourneyTest {

    @TempDir
    static Path dir;
    private RepDesk desk;
    private CaseFile c;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("drafts-" + System.nanoTime()));
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
        desk.noteDrafts().keep(NoteDrafts.key(c.id(), UUID.randomUUID()), "Phone call " + "x".repeat(250),
                "Member says the caseload has been over 120% since August.");
        desk.noteDrafts().keep(c.id(), NoteDrafts.CaseField.OUTCOME, "Agreed a phased return", "");
        window = new MainWindow(stage, desk, false, null, new ScriptedDialogs(), DeskPreferences.forThisSession());
        window.show();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNoteLeftIsOfferedRefusedWhileItsSummaryIsTooLongThenDiscardedAndTheFieldPutBack(FxRobot robot) throws Exception {
        robot.interact(() -> DraftsOffer.offer(window.state()));
        DraftsOfferHandle offer = new DraftsOfferHandle(robot);
        waitUntil(30, offer::shown);
        assertTrue(offer.words().endsWith("Member says the caseload has been over 120% since August."), offer.words());

        offer.press("Save it as a note on the case");
        waitUntil(30, () -> offer.shown() && !offer.problem().isEmpty());
        assertTrue(offer.problem().contains("200"), offer.problem());
        assertEquals(1, desk.noteDrafts().left().size(), "kept while refused");

        offer.press("Discard it");
        waitUntil(30, () -> offer.shown() && offer.words().equals("Agreed a phased return"));
        offer.press("Put it into the case");
        waitUntil(30, () -> "Agreed a phased return".equals(desk.cases().byId(c.id()).orElseThrow().outcome()));
        assertEquals(0, desk.noteDrafts().left().size());
        assertEquals(0, desk.noteDrafts().fieldsLeft().size());
    }
}
