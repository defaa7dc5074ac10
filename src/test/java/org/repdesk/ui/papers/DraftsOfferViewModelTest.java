package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.service.NoteDrafts;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** What a stopped RepDesk left unsaved, offered back at the next start, with no window. */
class DraftsOfferViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private CaseFile c;
    private final AtOnce atOnce = new AtOnce();
    private final List<UUID> casesShownAgain = new ArrayList<>();
    private DraftsOfferViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
        Member m = desk.members().save(aMember().named("Siân Prydderch").build());
        c = desk.cases().open(aCase(m).build());
        vm = new DraftsOfferViewModel(desk.noteDrafts(), desk.cases()::today, atOnce, casesShownAgain::add);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    @Test
    void nothingIsOfferedWhenNothingWasLeft() {
        vm.read();
        assertEquals(List.of(), atOnce.failures);
        assertNull(vm.offerProperty().get());
    }

    @Test
    void aTenThousandCharacterNoteLeftIsShownWholeAndSavedOnItsCase() {
        String note = "Member says the caseload has been over 120% since August. ".repeat(200).substring(0, 10_000);
        desk.noteDrafts().keep(NoteDrafts.key(c.id(), UUID.randomUUID()), "Phone call with the member", note);
        vm.read();
        DraftsOfferViewModel.Offer offer = vm.offerProperty().get();
        assertEquals(DraftsOfferViewModel.Kind.NOTE, offer.kind());
        assertEquals("A note was not saved", offer.title());
        assertEquals("RepDesk stopped while a note on case " + c.reference()
                + " was being typed. Here is what was typed:", offer.header());
        assertEquals("Phone call with the member\n\n" + note, offer.words());
        assertTrue(offer.canSave());
        assertEquals("", offer.problem());

        vm.save();
        assertEquals(List.of(), atOnce.failures);
        assertNull(vm.offerProperty().get(), "nothing more to offer");
        TimelineEntry saved = desk.cases().timeline(c.id()).stream()
                .filter(e -> "Phone call with the member".equals(e.summary())).findFirst().orElseThrow();
        assertEquals(10_000, saved.text().length());
        assertEquals(List.of(), desk.noteDrafts().left(), "the draft forgotten once saved");
    }

    @Test
    void aSummaryTooLongToSaveIsRefusedInWordsAndTheDraftIsKept() {
        desk.noteDrafts().keep(NoteDrafts.key(c.id(), UUID.randomUUID()), "x".repeat(10_000), "the note");
        vm.read();
        vm.save();
        DraftsOfferViewModel.Offer again = vm.offerProperty().get();
        assertEquals(List.of(), atOnce.failures, "said in the offer, not as a failure");
        assertTrue(again.problem().contains("200"), again.problem());
        assertEquals(1, desk.noteDrafts().left().size(), "kept");
        int time = again.time();

        vm.save(); // pressed again: the same refusal is still offered anew
        assertTrue(vm.offerProperty().get().time() > time);

        vm.discard();
        assertNull(vm.offerProperty().get());
        assertEquals(List.of(), desk.noteDrafts().left());
    }

    @Test
    void aNoteWhoseCaseWasDeletedCanOnlyBeDiscardedAndIsSaidSoInWelsh() {
        Messages.setLanguage(Messages.WELSH);
        desk.noteDrafts().keep(NoteDrafts.key(UUID.randomUUID(), UUID.randomUUID()), "Galwad ffôn", "");
        vm.read();
        DraftsOfferViewModel.Offer offer = vm.offerProperty().get();
        assertFalse(offer.canSave());
        assertEquals("Ni chafodd nodyn ei gadw", offer.title());
        assertEquals("Daeth RepDesk i ben tra oedd nodyn ar achos achos a ddilëwyd ers hynny yn cael ei deipio. "
                + "Dyma'r hyn a deipiwyd:", offer.header());
        vm.save();
        assertEquals(offer, vm.offerProperty().get(), "Save is not offered: nothing happens");
        vm.discard();
        assertNull(vm.offerProperty().get());
        assertEquals(List.of(), desk.noteDrafts().left());
    }

    @Test
    void notesComeFirstThenAFieldLeftIsPutBackIntoItsCaseWhichIsShownAgain() {
        desk.noteDrafts().keep(c.id(), NoteDrafts.CaseField.OUTCOME, "Agreed a phased return over six weeks", "");
        desk.noteDrafts().keep(NoteDrafts.key(c.id(), UUID.randomUUID()), "Meeting notes", "Met the manager");
        vm.read();
        assertEquals(DraftsOfferViewModel.Kind.NOTE, vm.offerProperty().get().kind());
        vm.later(); // closed without choosing: kept for the next start
        DraftsOfferViewModel.Offer field = vm.offerProperty().get();
        assertEquals(DraftsOfferViewModel.Kind.FIELD, field.kind());
        assertEquals("Text on a case was not saved", field.title());
        assertEquals("Put it into the case", field.saveLabel());
        assertEquals("Agreed a phased return over six weeks", field.words());

        vm.save();
        assertNull(vm.offerProperty().get());
        assertEquals("Agreed a phased return over six weeks", desk.cases().byId(c.id()).orElseThrow().outcome());
        assertEquals(List.of(c.id()), casesShownAgain);
        assertEquals(1, desk.noteDrafts().left().size(), "the note closed without choosing is offered at the next start");
        assertEquals(List.of(), desk.noteDrafts().fieldsLeft());
    }
}
