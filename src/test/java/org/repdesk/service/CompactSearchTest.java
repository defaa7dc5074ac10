package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.stream.Collectors;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseMatches;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.testing.TestDesk;

/**
 * Both search indexes are keyed by row numbers, which VACUUM may renumber where a table has no
 * INTEGER PRIMARY KEY. After "compact" (retention review), search must still find the right cases.
 */
class CompactSearchTest {

    @TempDir
    Path dir;

    @Test
    void searchFindsTheSameCasesAfterDeletionsAndACompact() {
        try (RepDesk desk = TestDesk.open(dir)) {
            List<CaseFile> cases = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Member m = desk.members().save(aMember().named("Member" + word(i) + " Surname").build());
                CaseFile c = desk.cases().open(aCase(m).build());
                desk.cases().addEntry(TimelineEntry.of(c.id(), TestDesk.TODAY, EntryKind.NOTE, "Meeting",
                        "note about " + word(i) + "topic and a long body " + "x".repeat(3000)));
                cases.add(c);
            }
            // Gaps in the row numbers, as deleting closed cases under the retention policy leaves.
            for (int i = 0; i < 40; i += 3) {
                desk.cases().delete(cases.get(i).id());
            }
            desk.retention().compact();
            List<CaseListRow> rows = desk.cases().listRows();
            for (int i = 0; i < 40; i++) {
                Set<UUID> expected = i % 3 == 0 ? Set.of() : Set.of(cases.get(i).id());
                assertEquals(expected, desk.cases().search(word(i) + "topic"), "note search for case " + i);
                assertEquals(expected, desk.cases().search("member" + word(i)), "case search for case " + i);
                // The cases list's search (by row numbers, through note_case) finds the same list rows.
                assertEquals(expected, listed(rows, desk.cases().match(word(i) + "topic")), "list search, note " + i);
                assertEquals(expected, listed(rows, desk.cases().match("member" + word(i))), "list search, case " + i);
            }
            assertEquals(List.of(), new FileCheck(desk.database()).run().problems(), "indexes and note_case match the data");
        }
    }

    static Set<UUID> listed(List<CaseListRow> rows, CaseMatches matches) {
        return rows.stream().filter(matches::contains).map(CaseListRow::caseId).collect(Collectors.toSet());
    }

    /** A distinct letters-only word per case (the tokenizer splits digits from nothing, but keep it plain). */
    private static String word(int i) {
        return "" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "q";
    }
}
