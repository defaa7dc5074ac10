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

    @Test
    void theDesksHearingsAreWrittenFromItsTodayAndCountedAndAnUnwritableFileIsSaidAsAFailure(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.repdesk.service.RepDesk desk = TestDesk.open(dir.resolve("desk"));
        try {
            CalendarExportViewModel vm = CalendarExportViewModel.of(desk);
            assertEquals(TestDesk.TODAY, vm.choice().from());
            org.repdesk.testing.AtOnce atOnce = new org.repdesk.testing.AtOnce();
            java.util.List<Integer> written = new java.util.ArrayList<>();
            java.nio.file.Path out = dir.resolve("hearings.ics");
            vm.write(desk.calendar(), out, atOnce, written::add);
            assertEquals(java.util.List.of(0), written, "a new file has no hearings or deadlines");
            assertTrue(java.nio.file.Files.readString(out).startsWith("BEGIN:VCALENDAR"));

            vm.write(desk.calendar(), dir.resolve("no such folder").resolve("x.ics"), atOnce, written::add);
            assertEquals(1, written.size());
            assertEquals(1, atOnce.failures.size());
            assertTrue(atOnce.failures.get(0).startsWith("The calendar was not written: "), atOnce.failures.get(0));
        } finally {
            desk.close();
        }
    }
}
