package org.repdesk.ui.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/** An officer brings a rep's data file into the branch casebook: the plan first, nothing written until they say so; no window. */
class BringFileInViewModelTest {

    @TempDir
    Path dir;
    private RepDesk casebook;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    /** The files a passphrase was asked for, and the answer each gets. */
    private final List<Path> askedFor = new ArrayList<>();
    private Optional<char[]> passphrase = Optional.empty();
    private int reloads;
    private BringFileInViewModel vm;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        casebook = new RepDesk(TestCasebooks.open(TestCasebooks.fresh(), TestCasebooks.OFFICER), TestDesk.fixedClock());
        vm = new BringFileInViewModel(() -> casebook, atOnce, dialogs, file -> {
            askedFor.add(file);
            return passphrase;
        }, () -> reloads++);
    }

    @AfterEach
    void close() {
        casebook.close();
    }

    /** A rep's own file with one member and one case (its reference the file's first: 2026-0001). */
    private Path repsFile(String name, String member) {
        Path folder = dir.resolve(name);
        try (RepDesk own = TestDesk.open(folder)) {
            Member m = own.members().save(aMember().named(member).build());
            own.cases().open(aCase(m).build());
        }
        return folder.resolve("repdesk.db");
    }

    private List<String> kinds() {
        return dialogs.said().stream().map(ScriptedDialogs.Said::kind).toList();
    }

    @Test
    void theFileIsBroughtInOnceTheOfficerHasSeenThePlanAndTheListsAreReadAgain() {
        dialogs.choosing(repsFile("rachel", "Siân Prydderch")).answering(true);
        vm.bringIn();
        assertEquals(List.of(), atOnce.failures);
        assertEquals(List.of("choose", "confirm", "inform"), kinds());
        ScriptedDialogs.Said plan = dialogs.said().get(1);
        assertEquals("Bring this file's members and cases into the casebook?", plan.header());
        assertTrue(plan.lines().get(0).contains("1 new"), plan.lines().get(0));
        assertEquals("Brought into the casebook", dialogs.last().header());
        assertTrue(dialogs.last().lines().get(0).startsWith("Brought in 1 member, 1 case"), dialogs.last().lines().get(0));
        assertEquals(List.of("Siân Prydderch"), casebook.members().all().stream().map(Member::name).toList());
        assertEquals(1, reloads);
        assertEquals(List.of(), askedFor, "a plain file asks no passphrase");
        assertFalse(vm.workingProperty().get());
        assertEquals("Brought into the casebook", vm.outcomeProperty().get());
    }

    @Test
    void nothingIsWrittenWhenTheOfficerSaysNoToThePlanOrCancelsTheChooser() {
        dialogs.choosing(repsFile("rachel", "Siân Prydderch")).answering(false);
        vm.bringIn();
        assertEquals(List.of("choose", "confirm"), kinds());
        assertEquals(List.of(), casebook.members().all());
        assertEquals(0, reloads);
        assertFalse(vm.workingProperty().get(), "a no ends the work: the menu brings in again");

        dialogs.choosing(null);
        vm.bringIn();
        assertEquals(List.of("choose", "confirm", "choose"), kinds());
        assertFalse(vm.workingProperty().get());
    }

    @Test
    void aReferenceTheCasebookUsesIsRenumberedOnlyWhenTheOfficerSaysSo() {
        dialogs.choosing(repsFile("rachel", "Siân Prydderch")).answering(true);
        vm.bringIn();
        Path robs = repsFile("rob", "Gareth Owen");

        dialogs.choosing(robs).answering(false);
        vm.bringIn();
        ScriptedDialogs.Said asked = dialogs.last();
        assertEquals("1 case has a reference the casebook already uses", asked.header());
        assertEquals(1, casebook.cases().all().size(), "no new numbers: nothing brought in");

        dialogs.choosing(robs).answering(true).answering(true);
        vm.bringIn();
        assertEquals("inform", dialogs.last().kind());
        assertTrue(dialogs.last().lines().get(0).contains("case 2026-0001 is now 2026-0002"), dialogs.last().lines().get(0));
        assertEquals(List.of("2026-0001", "2026-0002"), casebook.cases().all().stream().map(CaseFile::reference).sorted().toList());
        assertEquals(2, reloads);
    }

    @Test
    void aProtectedFileAsksItsPassphraseAndAWrongOneIsToldWithTheWorkEnded() throws Exception {
        Path locked = dir.resolve("locked.db");
        byte[] pages = new byte[4096];
        new java.util.Random(7).nextBytes(pages);
        Files.write(locked, pages);

        dialogs.choosing(locked);
        vm.bringIn();
        assertEquals(List.of(locked), askedFor);
        assertEquals(List.of("choose"), kinds(), "the rep chose not to open it: nothing more");
        assertFalse(vm.workingProperty().get());

        char[] typed = "not-this-one".toCharArray();
        passphrase = Optional.of(typed);
        dialogs.choosing(locked);
        vm.bringIn();
        assertEquals("failed", dialogs.last().kind());
        assertEquals("The data file was not brought in", dialogs.last().header());
        assertEquals("The data file was not brought in", vm.outcomeProperty().get());
        assertFalse(vm.workingProperty().get());
        assertTrue(new String(typed).chars().allMatch(c -> c == 0), "the passphrase is wiped");
    }

    @Test
    void askedAgainWhileAFileIsBeingBroughtInItDoesNothing() {
        dialogs.choosing(repsFile("rachel", "Siân Prydderch")).answering(false);
        atOnce.holdNext();
        vm.bringIn();
        assertTrue(vm.workingProperty().get());
        vm.bringIn();
        assertEquals(List.of("choose"), kinds(), "no second chooser");
        atOnce.release();
        assertEquals(List.of("choose", "confirm"), kinds());
        assertFalse(vm.workingProperty().get());
    }
}
