package org.repdesk.ui.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.repdesk.testing.TestDesk;

/** The calendar export's choices, with no window. */
class CalendarExportViewModelTest {

    @Test
    void fromTodayWithNoEndAndNoNamesUnlessTheRepTicksThem() {
        CalendarExportViewModel vm = new CalendarExportViewModel(TestDesk.TODAY);
        assertEquals(TestDesk.TODAY, vm.choice().from());
        assertEquals(null, vm.choice().to());
        assertFalse(vm.choice().withNames());
        vm.withNamesProperty().set(true);
        assertTrue(vm.choice().withNames());
    }

    @Test
    void anEndBeforeTheStartIsSaidAndStopsTheExport() {
        CalendarExportViewModel vm = new CalendarExportViewModel(TestDesk.TODAY);
        vm.toProperty().set(LocalDate.of(2026, 11, 1));
        assertEquals("The end must not be before the start.", vm.problemProperty().get());
        assertFalse(vm.canExportProperty().get());
        vm.toProperty().set(LocalDate.of(2026, 12, 31));
        assertTrue(vm.canExportProperty().get());
    }
}
