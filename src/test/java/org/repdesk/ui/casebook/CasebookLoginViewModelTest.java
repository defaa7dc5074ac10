package org.repdesk.ui.casebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CasebookAddress;

/** The login form's rules, without a window (as JabRef tests its view-models). */
class CasebookLoginViewModelTest {

    @Test
    void nothingIsSaidToBeWrongBeforeTheRepTriesToOpen() {
        CasebookLoginViewModel vm = new CasebookLoginViewModel(List.of());
        assertEquals("", vm.serverProblemProperty().get());
        assertEquals("", vm.loginProblemProperty().get());
    }

    @Test
    void openingWithEmptyFieldsShowsEveryProblemBesideItsFieldAtOnce() {
        CasebookLoginViewModel vm = new CasebookLoginViewModel(List.of());
        vm.portProperty().set("99999");
        assertNull(vm.address());
        assertTrue(vm.serverProblemProperty().get().contains("server"), vm.serverProblemProperty().get());
        assertTrue(vm.portProblemProperty().get().contains("65535"), vm.portProblemProperty().get());
        assertTrue(vm.databaseProblemProperty().get().contains("database"));
        assertTrue(vm.loginProblemProperty().get().contains("login"));
    }

    @Test
    void theFieldsMakeAnAddressWithoutThePasswordAndVerifiedTlsWhenAskedFor() {
        CasebookLoginViewModel vm = new CasebookLoginViewModel(List.of());
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
        CasebookLoginViewModel vm = new CasebookLoginViewModel(List.of(before));
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
}
