package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseListRow;
import org.repdesk.testing.TestDesk;

/**
 * What the cases list's rows hold, read as the app reads them at start. At 100,000 cases the rows were
 * still young when handed to the FX thread, and the collection after copied each of their objects (four
 * or more a row: the row, its case's UUID, its reference's String and bytes): 55-70 ms of pause on two
 * cores (issue 21). A row is now one object; what its fields share (members, stages, dates, the
 * columns) is held once for the whole list. A row that held an object of its own again fails here.
 */
class CaseListRowsHeldTest {

    @TempDir
    Path dir;

    @Test
    void theListsRowsAreAboutOneObjectEachBesideWhatTheyShare() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(40, 1500, DemoData.DEFAULT_SEED);
            List<CaseListRow> rows = desk.cases().listRows();
            assertTrue(rows.size() >= 1500, "the demo cases are listed: " + rows.size());
            long objects = reachable(rows) - 1; // not the list itself
            // Rows, the columns (a dozen arrays), each member's id and name, each stage and date: about
            // 1.1 a row here; read as the record of before, 4.4.
            double perRow = (double) objects / rows.size();
            assertTrue(perRow < 1.5, "objects held per row: " + perRow);
            assertEquals(rows.size(), rows.stream().map(CaseListRow::caseId).distinct().count(),
                    "each row is its own case");
        }
    }

    /**
     * Read at start just after the members list, the rows' members are the list's own ids and names, not
     * copies of them (issue 21: 20,000 ids and names held twice at 100,000 cases).
     */
    @Test
    void theRowsMembersHoldTheMembersListsOwnIdsAndNames() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(40, 300, DemoData.DEFAULT_SEED);
            List<org.repdesk.model.Member> members = desk.members().all();
            java.util.Map<java.util.UUID, org.repdesk.model.Member> byId = new java.util.HashMap<>();
            members.forEach(m -> byId.put(m.id(), m));
            List<CaseListRow> rows = desk.cases().listRows(members);
            assertEquals(desk.cases().listRows(), rows, "the same rows");
            for (CaseListRow row : rows) {
                org.repdesk.model.Member m = byId.get(row.memberId());
                assertSame(m.id(), row.memberId(), row.reference());
                assertSame(m.name(), row.memberName(), row.reference());
            }
        }
    }

    /**
     * The objects reachable from {@code root}, each counted once: the app's own objects and arrays
     * through their fields and elements, the JDK's (Strings, UUIDs, dates) as they stand (a String as
     * two: itself and its bytes). Enum constants and classes are not the rows' and are not counted.
     */
    static long reachable(Object root) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        long count = 0;
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o == null || o instanceof Enum<?> || o instanceof Class<?> || !seen.add(o)) {
                continue;
            }
            count += o instanceof String ? 2 : 1;
            Class<?> c = o.getClass();
            if (c.isArray()) {
                if (!c.getComponentType().isPrimitive()) {
                    for (int i = 0, n = Array.getLength(o); i < n; i++) {
                        push(todo, Array.get(o, i));
                    }
                }
            } else if (o instanceof java.util.ArrayList<?> list) {
                list.forEach(x -> push(todo, x));
            } else if (c.getName().startsWith("org.repdesk.")) {
                for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                    for (Field f : k.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                            continue;
                        }
                        f.setAccessible(true);
                        try {
                            push(todo, f.get(o));
                        } catch (IllegalAccessException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
        }
        return count;
    }

    private static void push(Deque<Object> todo, Object o) {
        if (o != null) {
            todo.push(o);
        }
    }
}
