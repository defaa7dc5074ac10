package org.repdesk.ui.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.ScriptedDialogs;
import org.repdesk.testing.TestDesk;

/** Tools ▸ Passphrase without a window: problems beside each field as typed, changing and removing asked first. */
class PassphraseViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private int changes;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir.resolve("protect.db"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private PassphraseViewModel vm() {
        return new PassphraseViewModel(desk.protection(), desk.protection().isProtected(), atOnce, dialogs,
                () -> changes++);
    }

    @Test
    void nothingIsSaidBeforeTheRepTypesAndEachProblemIsSaidBesideItsField() {
        PassphraseViewModel vm = vm();
        assertEquals("", vm.nextProblem().shownProperty().get());
        assertEquals("", vm.strengthProperty().get());
        assertTrue(vm.cannotProtect().get());
        vm.nextProperty().set("short");
        assertTrue(vm.nextProblem().shownProperty().get().contains("at least 12 characters"));
        assertEquals("Too short: 5 of at least 12 characters", vm.strengthProperty().get());
        vm.repeatedProperty().set("sh");
        assertEquals("", vm.repeatedProblem().shownProperty().get(), "not judged while still being typed");
        vm.repeatedProperty().set("shirt");
        assertEquals("The two passphrases are not the same.", vm.repeatedProblem().shownProperty().get());
    }

    @Test
    void strengthGrowsWithLength() {
        assertEquals(PassphraseViewModel.Strength.NONE, PassphraseViewModel.strengthOf(""));
        assertEquals(PassphraseViewModel.Strength.TOO_SHORT, PassphraseViewModel.strengthOf("            "));
        assertEquals(PassphraseViewModel.Strength.FAIR, PassphraseViewModel.strengthOf("horse battery"));
        assertEquals(PassphraseViewModel.Strength.GOOD, PassphraseViewModel.strengthOf("correct horse battery"));
        assertEquals(PassphraseViewModel.Strength.STRONG, PassphraseViewModel.strengthOf("correct horse battery staple"));
    }

    @Test
    void aPlainFileIsProtectedWithoutAQuestionAndTheRepIsToldSo() {
        PassphraseViewModel vm = vm();
        vm.nextProperty().set("correct horse battery");
        vm.repeatedProperty().set("correct horse battery");
        assertFalse(vm.cannotProtect().get());
        vm.protect();
        assertTrue(desk.protection().isProtected());
        assertTrue(vm.finishedProperty().get());
        assertEquals(1, changes);
        assertEquals("The data file is protected", dialogs.last().header());
        assertEquals("", vm.nextProperty().get(), "the secret is not kept in the form");
    }

    @Test
    void changingAsksFirstAndAWrongCurrentPassphraseIsSaidInTheFormWithEverythingKept() {
        protect("correct horse battery");
        PassphraseViewModel vm = vm();
        assertTrue(vm.isProtected());
        vm.currentProperty().set("not the one");
        vm.nextProperty().set("a brand new passphrase");
        vm.repeatedProperty().set("a brand new passphrase");
        dialogs.answering(false);
        vm.protect();
        assertEquals("Change the passphrase?", dialogs.last().header());
        assertFalse(vm.finishedProperty().get());

        dialogs.answering(true);
        vm.protect();
        assertEquals("The current passphrase is not right.", vm.refusalProperty().get());
        assertEquals("a brand new passphrase", vm.nextProperty().get());
        assertFalse(vm.finishedProperty().get());
        assertEquals("", vm.workingProperty().get());

        vm.currentProperty().set("correct horse battery");
        assertEquals("", vm.refusalProperty().get(), "typing again clears the refusal");
        dialogs.answering(true);
        vm.protect();
        assertTrue(vm.finishedProperty().get());
        assertEquals("Passphrase changed", dialogs.last().header());
    }

    @Test
    void removingNeedsTheCurrentPassphraseAndAsksFirst() {
        protect("correct horse battery");
        PassphraseViewModel vm = vm();
        assertTrue(vm.cannotRemove().get());
        vm.currentProperty().set("correct horse battery");
        assertFalse(vm.cannotRemove().get());
        dialogs.answering(false);
        vm.remove();
        assertTrue(desk.protection().isProtected(), "Cancel keeps the passphrase");
        dialogs.answering(true);
        vm.remove();
        assertFalse(desk.protection().isProtected());
        assertEquals("Passphrase removed", dialogs.last().header());
    }

    @Test
    void theFormSpeaksWelsh() {
        Messages.setLanguage(Messages.WELSH);
        try {
            PassphraseViewModel vm = vm();
            vm.nextProperty().set("byr");
            assertEquals("Rhy fyr: 3 nod (o leiaf 12)", vm.strengthProperty().get());
        } finally {
            Messages.setLanguage(Messages.ENGLISH);
        }
    }

    private void protect(String passphrase) {
        desk.protection().change(null, passphrase.toCharArray(), passphrase.toCharArray());
    }
}
