package org.repdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cases list's rows read together into shared columns: each still reads as the values it was given. */
class CaseListRowTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @Test
    void rowsReadTogetherGiveBackWhatEachWasGivenAndEqualTheSameRowMadeAlone() {
        UUID member = UUID.randomUUID();
        List<Object[]> given = List.of(
                new Object[] {UUID.randomUUID(), "2026-0001", member, "Siân Jones", Region.WALES, Grade.PO,
                    CaseType.CAPABILITY, CaseStatus.OPEN, "Informal", DAY, WorkloadFactor.YES, DAY.plusDays(3), 7L},
                new Object[] {UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null, null, 8L},
                new Object[] {UUID.randomUUID(), "Ŵ-ĉase 2 — ŷ", member, "Siân Jones", Region.WALES, Grade.PO,
                    CaseType.GRIEVANCE, CaseStatus.CLOSED, "", DAY.minusDays(1), WorkloadFactor.DISPUTED, null, 9L},
                new Object[] {UUID.randomUUID(), "", UUID.randomUUID(), "Tomos", Region.LONDON, Grade.PSO,
                    CaseType.SICKNESS_ABSENCE, CaseStatus.OPEN, "Informal", LocalDate.of(2026, 12, 6), WorkloadFactor.NO,
                    DAY, Long.MAX_VALUE});
        CaseListRow.Builder builder = new CaseListRow.Builder(1); // grows past its first guess
        for (Object[] g : given) {
            builder.add((UUID) g[0], (String) g[1], (UUID) g[2], (String) g[3], (Region) g[4], (Grade) g[5],
                    (CaseType) g[6], (CaseStatus) g[7], (String) g[8], (LocalDate) g[9], (WorkloadFactor) g[10],
                    (LocalDate) g[11], (Long) g[12]);
        }
        List<CaseListRow> rows = builder.build();
        assertEquals(given.size(), rows.size());
        for (int i = 0; i < given.size(); i++) {
            Object[] g = given.get(i);
            CaseListRow r = rows.get(i);
            List<Object> read = java.util.Arrays.asList(r.caseId(), r.reference(), r.memberId(), r.memberName(),
                    r.region(), r.grade(), r.type(), r.status(), r.stage(), r.openedOn(), r.workloadFactor(),
                    r.nextDeadline(), r.fileRow());
            assertEquals(java.util.Arrays.asList(g), read, "row " + i);
            CaseListRow alone = new CaseListRow((UUID) g[0], (String) g[1], (UUID) g[2], (String) g[3], (Region) g[4],
                    (Grade) g[5], (CaseType) g[6], (CaseStatus) g[7], (String) g[8], (LocalDate) g[9],
                    (WorkloadFactor) g[10], (LocalDate) g[11], (Long) g[12]);
            assertEquals(alone, r);
            assertEquals(alone.hashCode(), r.hashCode());
            assertEquals(alone.toString(), r.toString());
            assertTrue(r.isCase((UUID) g[0]));
            assertFalse(r.isCase(UUID.randomUUID()));
            assertFalse(r.isCase(null));
        }
        assertNotEquals(rows.get(0), rows.get(2));
        assertSame(rows.get(0).memberName(), rows.get(2).memberName(), "a member's details are held once");
        assertSame(rows.get(0).stage(), rows.get(3).stage(), "a stage is held once");
        assertSame(rows.get(0).openedOn(), rows.get(3).openedOn(), "a date is held once");
        CaseListRow changed = new CaseListRow(rows.get(0).caseId(), "2026-0001", member, "Siân Jones", Region.WALES,
                Grade.PO, CaseType.CAPABILITY, CaseStatus.OPEN, "Informal", DAY, WorkloadFactor.YES, null, 7L);
        assertNotEquals(rows.get(0), changed, "a row is its values, the next deadline too");
    }

    @Test
    void theReferenceOrderIsTheReferencesOrderAsText() {
        List<String> refs = List.of("2024-0010", "2024-001", "2024-0009", "", "Ąb", "Ab", "ab", "a", "Zz", "2024-00100",
                "\uD83D\uDE00", "é");
        CaseListRow.Builder b = new CaseListRow.Builder(refs.size());
        for (String ref : refs) {
            b.add(UUID.randomUUID(), ref, null, null, null, null, null, null, null, null, null, null, 1);
        }
        List<CaseListRow> byRows = new ArrayList<>(b.build());
        byRows.sort(CaseListRow.BY_REFERENCE);
        List<CaseListRow> byText = new ArrayList<>(byRows);
        java.util.Collections.shuffle(byText, new java.util.Random(3));
        byText.sort(Comparator.comparing(CaseListRow::reference));
        assertEquals(byText.stream().map(CaseListRow::reference).toList(),
                byRows.stream().map(CaseListRow::reference).toList());
        assertEquals(refs.stream().sorted().toList(), byRows.stream().map(CaseListRow::reference).toList());
    }

    @Test
    void aRowWithoutAReferenceSortsAsNaturalOrderDoes() {
        CaseListRow none = new CaseListRow(UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null,
                null, 1);
        CaseListRow some = new CaseListRow(UUID.randomUUID(), "A", null, null, null, null, null, null, null, null, null,
                null, 2);
        assertNull(none.reference());
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> CaseListRow.BY_REFERENCE.compare(none, some));
    }
}
