package org.repdesk.ui.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CasebookAddress;
import org.repdesk.service.RecentCasebooks;
import org.repdesk.service.RepDesk;
import org.repdesk.store.StoreException;
import org.repdesk.testing.AtOnce;
import org.repdesk.testing.TestDesk;

/** The login form's rules and its Open, without a window (as JabRef tests its view-models). */
class CasebookLoginViewModelTest {

    @TempDir
    Path dir;
    private final AtOnce atOnce = new AtOnce();
    /** The passwords tried, as the opener saw them, and the arrays it was given (to see them wiped). */
    private final List<String> tried = new ArrayList<>();
    private final List<char[]> given = new ArrayList<>();
    private RepDesk desk;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private RecentCasebooks recent() {
        return new RecentCasebooks(dir.resolve("recent-casebooks.txt"));
    }

    /** A form whose server takes "right" only, and opens a desk of its own for it. */
    private CasebookLoginViewModel form(List<CasebookAddress> openedBefore) {
        return new CasebookLoginViewModel(openedBefore, recent(), (address, password) -> {
            tried.add(password == null ? null : new String(password));
            given.add(password);
            if (password == null || !new String(password).equals("right")) {
                throw new StoreException(StoreException.Kind.WRONG_PASSWORD, "The casebook's server did not accept the login or password.");
            }
            desk = TestDesk.open(dir);
            return desk;
        }, atOnce);
    }

    private static CasebookLoginViewModel filledIn(CasebookLoginViewModel vm) {
        vm.serverProperty().set("casework.example.org");
        vm.databaseProperty().set("branch");
        vm.loginProperty().set("rachel");
        return vm;
    }

    @Test
    void nothingIsSaidToBeWrongBeforeTheRepTriesToOpen() {
        CasebookLoginViewModel vm = form(List.of());
        assertEquals("", vm.serverProblemProperty().get());
        assertEquals("", vm.loginProblemProperty().get());
    }

    @Test
    void openingWithEmptyFieldsShowsEveryProblemBesideItsFieldAtOnce() {
        CasebookLoginViewModel vm = form(List.of());
        vm.portProperty().set("99999");
        assertNull(vm.address());
        assertTrue(vm.serverProblemProperty().get().contains("server"), vm.serverProblemProperty().get());
        assertTrue(vm.portProblemProperty().get().contains("65535"), vm.portProblemProperty().get());
        assertTrue(vm.databaseProblemProperty().get().contains("database"));
        assertTrue(vm.loginProblemProperty().get().contains("login"));
    }

    @Test
    void theFieldsMakeAnAddressWithoutThePasswordAndVerifiedTlsWhenAskedFor() {
        CasebookLoginViewModel vm = form(List.of());
        vm.serverProperty().set(" casework.example.org ");
        vm.databaseProperty().set("branch");
        vm.loginProperty().set("rachel");
        vm.passwordProperty().set("secret");
        vm.verifiedTlsProperty().set(true);
        CasebookAddress a = vm.address();
        assertEquals("postgresql://casework.example.org/branch?user=rachel&sslmode=verify-full", a.toString());
        assertTrue(!a.toString().contains("secret"));
    }

    @Test
    void theLastCasebookOpenedIsFilledInAndARefusalKeepsAllButThePassword() {
        CasebookAddress before = CasebookAddress.parse("postgresql://db.example.org:6543/branch?user=olive");
        CasebookLoginViewModel vm = form(List.of(before));
        assertEquals("db.example.org", vm.serverProperty().get());
        assertEquals("6543", vm.portProperty().get());
        assertEquals("olive", vm.loginProperty().get());
        vm.passwordProperty().set("wrong");
        vm.refused("The casebook's server did not accept the login or password.");
        assertEquals("", vm.passwordProperty().get());
        assertEquals("olive", vm.loginProperty().get());
        assertTrue(vm.failureProperty().get().contains("did not accept"));
        vm.passwordProperty().set("r");
        assertEquals("", vm.failureProperty().get(), "typing again clears the refusal");
    }

    @Test
    void aRefusalIsSaidInTheFormWithThePasswordClearedAndTheCasebookNotRemembered() {
        CasebookLoginViewModel vm = filledIn(form(List.of()));
        vm.passwordProperty().set("wrong");
        AtomicReference<RepDesk> opened = new AtomicReference<>();
        vm.open(opened::set);
        assertEquals(List.of("wrong"), tried);
        assertTrue(vm.failureProperty().get().contains("did not accept"), vm.failureProperty().get());
        assertEquals("", vm.passwordProperty().get());
        assertEquals("rachel", vm.loginProperty().get());
        assertFalse(vm.openingProperty().get());
        assertNull(opened.get());
        assertEquals(List.of(), recent().list());
        assertTrue(new String(given.get(0)).chars().allMatch(c -> c == 0), "the password tried is wiped");
    }

    @Test
    void theRightPasswordOpensTheCasebookAndRemembersItsAddressOnly() {
        CasebookLoginViewModel vm = filledIn(form(List.of()));
        vm.passwordProperty().set("right");
        AtomicReference<RepDesk> opened = new AtomicReference<>();
        vm.open(opened::set);
        assertSame(desk, opened.get());
        assertEquals("", vm.failureProperty().get());
        assertEquals(List.of("postgresql://casework.example.org/branch?user=rachel"),
                recent().list().stream().map(CasebookAddress::toString).toList());
        assertTrue(new String(given.get(0)).chars().allMatch(c -> c == 0), "the password tried is wiped");
    }

    @Test
    void nothingIsTriedWhileAFieldIsWrongOrWhileTheLastTryIsGoing() {
        CasebookLoginViewModel vm = form(List.of());
        vm.open(d -> { });
        assertEquals(List.of(), tried, "no server named: nothing tried");
        assertTrue(!vm.serverProblemProperty().get().isEmpty());

        filledIn(vm);
        atOnce.holdNext();
        vm.open(d -> { });
        assertTrue(vm.openingProperty().get());
        assertTrue(!vm.canOpenProperty().get(), "Open is not offered while the casebook is being opened");
        vm.open(d -> { });
        atOnce.release();
        assertEquals(1, tried.size(), "one try at a time");
        assertNull(tried.get(0), "nothing typed: no password (the driver reads ~/.pgpass)");
        assertFalse(vm.openingProperty().get());
    }

    @Test
    void readingTheCasebooksOpenedBeforeFillsInTheNewest() {
        RecentCasebooks recent = recent();
        recent.remember(CasebookAddress.parse("postgresql://old.example.org/branch?user=rob"));
        recent.remember(CasebookAddress.parse("postgresql://db.example.org:6543/branch?user=olive"));
        AtomicReference<CasebookLoginViewModel> ready = new AtomicReference<>();
        CasebookLoginViewModel.read(recent, (a, p) -> null, atOnce, ready::set);
        assertEquals(2, ready.get().recent().size());
        assertEquals("db.example.org", ready.get().serverProperty().get());
        assertEquals("olive", ready.get().loginProperty().get());
    }
}
