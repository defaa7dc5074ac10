package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;

class BulkStoreTest {

    @TempDir
    Path dir;

    @Test
    void bulkCasesContinueEachYearsNumberingInOrderOfOpeningAndTheStoreCarriesOnAfterThem() {
        try (Database db = Database.open(dir.resolve("b.db"))) {
            Member member = aMember().named("Eleri Prosser").build();
            new MemberStore(db).insert(member);
            CaseStore cases = new CaseStore(db);
            cases.insert(aCase(member).openedOn(LocalDate.of(2026, 1, 5)).build()); // 2026-0001

            List<CaseFile> saved = insert(db, List.of(
                    aCase(member).openedOn(LocalDate.of(2026, 6, 1)).build(),
                    aCase(member).openedOn(LocalDate.of(2025, 12, 31)).build(),
                    aCase(member).openedOn(LocalDate.of(2026, 2, 1)).build()));
            CaseFile next = cases.insert(aCase(member).openedOn(LocalDate.of(2026, 7, 1)).build());

            assertEquals(List.of("2025-0001", "2026-0002", "2026-0003"), saved.stream().map(CaseFile::reference).toList());
            assertEquals(LocalDate.of(2026, 2, 1), cases.byReference("2026-0002").orElseThrow().openedOn());
            assertEquals("2026-0004", next.reference());
        }
    }

    @Test
    void bulkCasesAndNotesAreFoundBySearchAsSingleInsertsAre() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            Member member = aMember().named("Oluwaseun Adeyemi").build();
            new MemberStore(db).insert(member);
            CaseFile c = insert(db, List.of(aCase(member).build())).get(0);
            db.write(conn -> {
                BulkStore.Loading loading = new BulkStore(db).loading();
                loading.addTimeline(List.of(TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 3), EntryKind.MEETING,
                        "Meeting with the SPO", "Raised the occupational health referral.")));
                loading.move();
                return null;
            });

            CaseStore cases = new CaseStore(db);
            assertEquals(Set.of(c.id()), cases.search("Oluwaseun"));
            assertEquals(Set.of(c.id()), cases.search("occupational"));
            assertTrue(new Integrity(db).sqliteProblems().isEmpty(), "search indexes consistent");
        }
    }

    @Test
    void aFailedBulkInsertLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            Member member = aMember().build();
            new MemberStore(db).insert(member);
            CaseFile good = aCase(member).build();
            CaseFile orphan = aCase(aMember().build()).build(); // its member was never saved

            assertThrows(StoreException.class, () -> insert(db, List.of(good, orphan)));

            assertEquals(0L, new Integrity(db).counts().get("case_file"), "not even the good case");
        }
    }

    @Test
    void casesLoadedInPartsAreNumberedAsOneBulkInsertNumbersThemAndTheirNotesAreFound() {
        try (Database db = Database.open(dir.resolve("p.db"))) {
            Member member = aMember().named("Gethin Rowlands").build();
            new MemberStore(db).insert(member);
            new CaseStore(db).insert(aCase(member).openedOn(LocalDate.of(2026, 1, 5)).build()); // 2026-0001

            List<CaseFile> saved = db.write(c -> {
                BulkStore.Loading loading = new BulkStore(db).loading();
                List<CaseFile> first = loading.addCases(List.of(aCase(member).openedOn(LocalDate.of(2025, 12, 31)).build(),
                        aCase(member).openedOn(LocalDate.of(2026, 2, 1)).build()));
                loading.addTimeline(List.of(TimelineEntry.of(first.get(1).id(), LocalDate.of(2026, 3, 3),
                        EntryKind.MEETING, "Meeting with the SPO", "Raised the occupational health referral.")));
                List<CaseFile> second = loading.addCases(List.of(aCase(member).openedOn(LocalDate.of(2026, 6, 1)).build()));
                assertThrows(IllegalArgumentException.class, () -> loading.addCases(List.of(
                        aCase(member).openedOn(LocalDate.of(2026, 3, 1)).build())), "out of order");
                loading.move();
                return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
            });

            assertEquals(List.of("2025-0001", "2026-0002", "2026-0003"), saved.stream().map(CaseFile::reference).toList());
            CaseStore cases = new CaseStore(db);
            assertEquals(LocalDate.of(2026, 2, 1), cases.byReference("2026-0002").orElseThrow().openedOn());
            assertEquals(Set.of(saved.get(1).id()), cases.search("occupational"));
            assertEquals("2026-0004", cases.insert(aCase(member).openedOn(LocalDate.of(2026, 7, 1)).build()).reference());
            assertTrue(new Integrity(db).sqliteProblems().isEmpty(), "search indexes consistent");
        }
    }

    /** The cases loaded in one part, in order of opening, in a transaction of their own. */
    private static List<CaseFile> insert(Database db, List<CaseFile> cases) {
        List<CaseFile> ordered = cases.stream().sorted(java.util.Comparator.comparing(CaseFile::openedOn)).toList();
        return db.write(conn -> {
            BulkStore.Loading loading = new BulkStore(db).loading();
            List<CaseFile> saved = loading.addCases(ordered);
            loading.move();
            return saved;
        });
    }
}
