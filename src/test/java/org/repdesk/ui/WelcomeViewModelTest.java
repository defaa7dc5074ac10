package org.repdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.service.RepDesk;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** The first run's welcome with no window: where the file is, the rep's name, the demands, "Got it". */
class WelcomeViewModelTest {

    @TempDir
    Path dir;
    private RepDesk desk;
    private final AtOnce atOnce = new AtOnce();
    private int demandsLoaded;

    @BeforeEach
    void open() {
        Messages.setLanguage(Messages.ENGLISH);
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void close() {
        Messages.setLanguage(Messages.ENGLISH);
        desk.close();
    }

    private WelcomeViewModel welcome() {
        return new WelcomeViewModel("/home/sam/.local/share/repdesk/repdesk.db", atOnce, desk.settings(),
                new RepName(desk::settings, atOnce), () -> demandsLoaded++);
    }

    @Test
    void itSaysWhereTheNewFileIsInEnglishOrWelsh() {
        assertTrue(welcome().text().startsWith("Welcome to RepDesk. A new data file was created at "
                + "/home/sam/.local/share/repdesk/repdesk.db."), welcome().text());
        Messages.setLanguage(Messages.WELSH);
        assertTrue(welcome().text().startsWith("Croeso i RepDesk. Crëwyd ffeil ddata newydd yn "
                + "/home/sam/.local/share/repdesk/repdesk.db."), welcome().text());
    }

    @Test
    void theNameIsSavedTidiedOnceTypedAndTheRepThanked() {
        WelcomeViewModel vm = welcome();
        assertFalse(vm.canSaveNameProperty().get(), "nothing typed yet");
        assertFalse(vm.saveName(), "Enter in the empty field does nothing");
        assertEquals("", vm.nameProblem().shownProperty().get(), "and says nothing: the name is not required");
        vm.nameProperty().set("  Sam Rees  ");
        assertTrue(vm.canSaveNameProperty().get());
        assertTrue(vm.saveName());
        assertEquals(List.of(), atOnce.failures);
        assertEquals(Optional.of("Sam Rees"), desk.settings().repName());
        assertEquals("Thank you, Sam Rees: each change you make is recorded under your name.",
                vm.nameSavedProperty().get());
        assertTrue(vm.nameKeptProperty().get());
        assertFalse(vm.canSaveNameProperty().get(), "saved once");
    }

    @Test
    void inWelshTheRepIsThankedInWelsh() {
        Messages.setLanguage(Messages.WELSH);
        WelcomeViewModel vm = welcome();
        vm.nameProperty().set("Siân Prydderch");
        vm.saveName();
        assertEquals("Diolch, Siân Prydderch: mae pob newid a wnewch yn cael ei gofnodi dan eich enw.",
                vm.nameSavedProperty().get());
    }

    @Test
    void aNameTenThousandCharactersLongIsSaidBesideTheFieldAndNotSaved() {
        WelcomeViewModel vm = welcome();
        vm.nameProperty().set("S".repeat(10_000));
        assertEquals("Too long: 10,000 characters, at most 200.", vm.nameProblem().shownProperty().get());
        assertFalse(vm.saveName());
        assertEquals(Optional.empty(), desk.settings().repName());
        assertEquals("", vm.nameSavedProperty().get());
        Messages.setLanguage(Messages.WELSH);
        vm.nameProperty().set("S".repeat(10_001));
        assertEquals("Rhy hir: 10,001 nod, 200 ar y mwyaf.", vm.nameProblem().shownProperty().get());
    }

    @Test
    void aNameOnTwoLinesIsRefusedAndKeptAsTyped() {
        WelcomeViewModel vm = welcome();
        vm.nameProperty().set("Sam\nRees");
        assertFalse(vm.saveName());
        assertEquals("Must be on one line.", vm.nameProblem().shownProperty().get());
        assertEquals("Sam\nRees", vm.nameProperty().get());
        assertEquals(Optional.empty(), desk.settings().repName());
    }

    @Test
    void theDemandsAreLoadedOnceAndGotItDismissesTheWelcome() {
        WelcomeViewModel vm = welcome();
        vm.loadDemands();
        vm.loadDemands();
        assertEquals(1, demandsLoaded);
        assertTrue(vm.demandsAskedProperty().get());
        assertFalse(vm.dismissedProperty().get());
        vm.dismiss();
        assertTrue(vm.dismissedProperty().get());
    }
}
