package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;
import static org.repdesk.testing.Builders.longNote;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.testing.Engine;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadFactor;

@ParameterizedClass
@EnumSource(Engine.class)
class CaseStoreTest {

    @Parameter
    Engine engine;


    @TempDir
    Path dir;
    private Database db;
    private MemberStore members;
    private CaseStore cases;
    private TimelineStore timeline;
    private DeadlineStore deadlines;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        members = new MemberStore(db);
        cases = new CaseStore(db);
        timeline = new TimelineStore(db);
        deadlines = new DeadlineStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Member member(String name) {
        Member m = aMember().named(name).build();
        members.insert(m);
        return m;
    }

    private CaseFile caseOpened(Member m, LocalDate opened) {
        return cases.insert(aCase(m).openedOn(opened).build());
    }

    // --- round trips and references ---

    @Test
    void theCasesListHoldsEachMembersNameStageAndDateOnce() {
        Member m = member("Ngozi Adeyemi-Clarke");
        caseOpened(m, LocalDate.of(2026, 3, 2));
        caseOpened(m, LocalDate.of(2026, 3, 2));
        caseOpened(member("Other Member"), LocalDate.of(2026, 3, 2));
        List<CaseListRow> rows = cases.listRows();
        assertEquals(3, rows.size());
        List<CaseListRow> ngozi = rows.stream().filter(r -> r.memberId().equals(m.id())).toList();
        assertEquals(2, ngozi.size());
        // The same objects, not equal copies: 100,000 rows hold each value once (issue 6).
        assertTrue(ngozi.get(0).memberName() == ngozi.get(1).memberName(), "one name");
        assertTrue(ngozi.get(0).memberId() == ngozi.get(1).memberId(), "one member id");
        assertTrue(rows.get(0).stage() == rows.get(2).stage(), "one stage");
        assertTrue(rows.get(0).openedOn() == rows.get(2).openedOn(), "one date");
        assertTrue(rows.get(0).caseId() != rows.get(1).caseId() && !rows.get(0).caseId().equals(rows.get(1).caseId()));
    }

    @Test
    void aCaseWithEveryFieldInAnyScriptComesBackUnchanged() {
        Member m = member("Łukasz Wójcik");
        CaseFile draft = new CaseFile(UUID.randomUUID(), null, m.id(), CaseType.SICKNESS_ABSENCE, CaseStatus.CLOSED,
                "Formal attendance meeting", LocalDate.of(2026, 2, 3), LocalDate.of(2026, 6, 30), "Zoë Brontë 李",
                "Warning withdrawn on appeal 🎉", WorkloadFactor.DISPUTED, longNote(10_000));
        CaseFile saved = cases.insert(draft);
        assertEquals(draft.withReference("2026-0001"), saved);
        assertEquals(Optional.of(saved), cases.byId(saved.id()));
        assertEquals(Optional.of(saved), cases.byReference("2026-0001"));
        assertTrue(saved.workloadAccount().length() > 10_000);
    }

    @Test
    void referencesNumberFromOneWithinEachOpeningYear() {
        Member m = member("Siân Jones");
        assertEquals("2026-0001", caseOpened(m, LocalDate.of(2026, 1, 5)).reference());
        assertEquals("2026-0002", caseOpened(m, LocalDate.of(2026, 12, 31)).reference());
        assertEquals("2025-0001", caseOpened(m, LocalDate.of(2025, 11, 1)).reference());
        assertEquals("2027-0001", caseOpened(m, LocalDate.of(2027, 1, 1)).reference());
        assertEquals("2026-0003", caseOpened(m, LocalDate.of(2026, 6, 1)).reference());
        assertEquals("2025-0002", caseOpened(m, LocalDate.of(2025, 1, 1)).reference());
    }

    @Test
    void referencesKeepCountingPastNineThousandNineHundredAndNinetyNine() throws Exception {
        Member m = member("Siân Jones");
        CaseFile first = caseOpened(m, LocalDate.of(2026, 1, 5));
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE case_file SET reference = '2026-9999' WHERE id = '" + first.id() + "'");
            }
            return null;
        });
        assertEquals("2026-10000", caseOpened(m, LocalDate.of(2026, 2, 1)).reference());
        assertEquals("2026-10001", caseOpened(m, LocalDate.of(2026, 2, 2)).reference());
    }

    @Test
    void editingACaseSavesItsFieldsButNotItsReference() {
        Member m = member("Siân Jones");
        CaseFile saved = caseOpened(m, LocalDate.of(2026, 3, 2));
        CaseFile edited = saved.withStage("Formal stage 1 (first written warning)")
                .withDetails("Pat Manager", WorkloadFactor.NO, "No longer relevant")
                .withStatus(CaseStatus.CLOSED, LocalDate.of(2026, 5, 1), "Resolved informally");
        cases.update(edited);
        assertEquals(Optional.of(edited), cases.byId(saved.id()));
        assertEquals("2026-0001", cases.byId(saved.id()).orElseThrow().reference());
    }

    @Test
    void editingADeletedCaseSaysSo() {
        Member m = member("Siân Jones");
        CaseFile saved = caseOpened(m, LocalDate.of(2026, 3, 2));
        cases.delete(saved.id());
        StoreException e = assertThrows(StoreException.class, () -> cases.update(saved.withStage("Appeal")));
        assertTrue(e.getMessage().contains("no longer exists"));
    }

    @Test
    void aCaseForAMemberWhoDoesNotExistIsRefused() {
        Member ghost = aMember().build();
        StoreException e = assertThrows(StoreException.class, () -> cases.insert(aCase(ghost).build()));
        assertEquals(StoreException.Kind.CONSTRAINT, e.kind());
        assertEquals(List.of(), cases.all());
    }

    @Test
    void aMembersCasesAreListedNewestFirst() {
        Member m = member("Siân Jones");
        Member other = member("Zoë Smith");
        CaseFile older = caseOpened(m, LocalDate.of(2025, 3, 2));
        CaseFile newer = caseOpened(m, LocalDate.of(2026, 3, 2));
        caseOpened(other, LocalDate.of(2026, 4, 2));
        assertEquals(List.of(newer, older), cases.ofMember(m.id()));
    }

    // --- deleting ---

    @Test
    void deletingACaseTakesItsTimelineAndDeadlinesAndSearchEntriesWithIt() {
        Member m = member("Siân Jones");
        CaseFile doomed = caseOpened(m, LocalDate.of(2026, 3, 2));
        CaseFile kept = caseOpened(m, LocalDate.of(2026, 3, 3));
        timeline.insert(TimelineEntry.of(doomed.id(), LocalDate.of(2026, 3, 4), EntryKind.MEETING, "Meeting with HR",
                "Discussed the zymurgy rota"));
        timeline.insert(TimelineEntry.of(kept.id(), LocalDate.of(2026, 3, 4), EntryKind.NOTE, "Kept note", "kept"));
        deadlines.insert(Deadline.of(doomed.id(), LocalDate.of(2026, 3, 20), "Appeal letter", false));
        assertEquals(Set.of(doomed.id()), cases.search("zymurgy"));

        cases.delete(doomed.id());

        assertEquals(Optional.empty(), cases.byId(doomed.id()));
        assertEquals(List.of(), timeline.ofCase(doomed.id()));
        assertEquals(List.of(), deadlines.ofCase(doomed.id()));
        assertEquals(Set.of(), cases.search("zymurgy"));
        assertEquals(Set.of(), cases.search(doomed.reference()));
        assertEquals(Set.of(kept.id()), cases.search("Siân"));
        assertEquals(1, timeline.ofCase(kept.id()).size());
        assertEquals(0, count("SELECT count(*) FROM timeline_entry WHERE case_id = '" + doomed.id() + "'"));
        assertEquals(1, count(engine == Engine.SQLITE ? "SELECT count(*) FROM case_search"
                : "SELECT count(*) FROM case_file WHERE search_doc IS NOT NULL"));
        assertEquals("ok", integrityOfSearch());
    }

    private int count(String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** FTS5's own check that the note index matches the timeline rows it indexes (PostgreSQL keeps them on the rows). */
    private String integrityOfSearch() {
        if (engine == Engine.POSTGRESQL) {
            return count("SELECT count(*) FROM case_file WHERE search_doc IS NULL") == 0 ? "ok" : "cases without search words";
        }
        return db.read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO note_search(note_search, rank) VALUES ('integrity-check', 1)");
                st.execute("INSERT INTO case_search(case_search) VALUES ('integrity-check')");
            }
            return "ok";
        });
    }

    // --- full-text search ---

    @Test
    void searchFindsAMemberByNameTypedWithoutAccents() {
        Member siân = member("Siân Jones");
        Member zoë = member("Zoë Brontë");
        CaseFile a = caseOpened(siân, LocalDate.of(2026, 3, 2));
        CaseFile b = caseOpened(zoë, LocalDate.of(2026, 3, 2));
        assertEquals(Set.of(a.id()), cases.search("Sian"));
        assertEquals(Set.of(a.id()), cases.search("sian jones"));
        assertEquals(Set.of(b.id()), cases.search("zoe bronte"));
        assertEquals(Set.of(a.id()), cases.search("SIÂN"));
    }

    @Test
    void searchTypedWithDecomposedAccentsStillFindsTheMember() {
        // Text pasted from a PDF or a Mac file name often carries "a" + combining circumflex, not "â".
        Member m = aMember().number("770012").named("Siân Jones").build();
        members.insert(m);
        CaseFile c = caseOpened(m, LocalDate.of(2026, 3, 2));
        String decomposed = java.text.Normalizer.normalize("Siân Jones", java.text.Normalizer.Form.NFD);
        assertEquals(Set.of(c.id()), cases.search(decomposed));
        assertEquals(Set.of(c.id()), cases.search(java.text.Normalizer.normalize("Siân", java.text.Normalizer.Form.NFD)));
    }

    @Test
    void aNameSavedWithDecomposedAccentsIsFoundTypedEitherWay() {
        Member m = aMember().number("770013").named(java.text.Normalizer.normalize("Zoë Brontë",
                java.text.Normalizer.Form.NFD)).build();
        members.insert(m);
        CaseFile c = caseOpened(m, LocalDate.of(2026, 3, 2));
        assertEquals(Set.of(c.id()), cases.search("Zoë Brontë"));
        assertEquals(Set.of(c.id()), cases.search("zoe bronte"));
    }

    @Test
    void searchFindsNamesInOtherScriptsAndIgnoresEmoji() {
        Member li = member("李小龍 🌈");
        Member łukasz = member("Łukasz Wójcik");
        CaseFile a = caseOpened(li, LocalDate.of(2026, 3, 2));
        CaseFile b = caseOpened(łukasz, LocalDate.of(2026, 3, 2));
        assertEquals(Set.of(a.id()), cases.search("李"));
        assertEquals(Set.of(a.id()), cases.search("李小龍"));
        assertEquals(Set.of(b.id()), cases.search("łukasz wojcik"));
        assertEquals(Set.of(a.id()), cases.search("🌈 李"));
    }

    @Test
    void searchMatchesTheStartOfWords() {
        Member m = member("Siân Jones");
        CaseFile a = caseOpened(m, LocalDate.of(2026, 3, 2));
        assertEquals(Set.of(a.id()), cases.search("Jon"));
        assertEquals(Set.of(a.id()), cases.search("si jo"));
        assertEquals(Set.of(), cases.search("ones"));
    }

    @Test
    void searchFindsACaseByItsReferenceAndNotItsNeighbours() {
        Member m = member("Siân Jones");
        CaseFile first = caseOpened(m, LocalDate.of(2026, 3, 2));
        CaseFile second = caseOpened(m, LocalDate.of(2026, 3, 3));
        CaseFile lastYear = caseOpened(m, LocalDate.of(2025, 3, 3));
        assertEquals(Set.of(second.id()), cases.search("2026-0002"));
        assertEquals(Set.of(first.id()), cases.search(" 2026-0001 "));
        assertEquals(Set.of(lastYear.id()), cases.search("2025-0001"));
        assertEquals(Set.of(first.id(), second.id()), cases.search("2026"));
    }

    @Test
    void searchFindsMembershipNumberManagerOutcomeAndAccount() {
        Member m = aMember().number("NAPO77123").named("Siân Jones").build();
        members.insert(m);
        CaseFile c = cases.insert(aCase(m).manager("Priya Patel").account("Caseload at 131% since the spring")
                .closed(LocalDate.of(2026, 9, 1), "Warning quashed").build());
        for (String query : List.of("napo77123", "Priya", "caseload spring", "quashed")) {
            assertEquals(Set.of(c.id()), cases.search(query), query);
        }
    }

    @Test
    void searchFindsWordsInTimelineNotesAndSummaries() {
        Member m = member("Siân Jones");
        CaseFile c = caseOpened(m, LocalDate.of(2026, 3, 2));
        caseOpened(m, LocalDate.of(2026, 3, 3));
        timeline.insert(TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 9), EntryKind.PHONE_CALL,
                "Call about the stress risk assessment", longNote(10_000) + "\nOccupational health referral agreed."));
        assertEquals(Set.of(c.id()), cases.search("occupational referral"));
        assertEquals(Set.of(c.id()), cases.search("stress risk"));
        assertEquals(Set.of(c.id()), cases.search("łukasz")); // Łukasz in the long note
        assertEquals(Set.of(c.id()), cases.search("zoe")); // Zoë in the long note
        assertEquals(Set.of(), cases.search("occupational xylophone"), "every word must match");
    }

    @Test
    void searchFollowsEditedAndDeletedNotes() {
        Member m = member("Siân Jones");
        CaseFile c = caseOpened(m, LocalDate.of(2026, 3, 2));
        TimelineEntry e = TimelineEntry.of(c.id(), LocalDate.of(2026, 3, 9), EntryKind.NOTE, "Note", "grievance drafted");
        timeline.insert(e);
        timeline.update(new TimelineEntry(e.id(), c.id(), e.date(), e.kind(), "Note", "appeal drafted"));
        assertEquals(Set.of(), cases.search("grievance"));
        assertEquals(Set.of(c.id()), cases.search("appeal"));
        timeline.delete(e.id());
        assertEquals(Set.of(), cases.search("appeal"));
        integrityOfSearch();
    }

    @Test
    void afterAMemberIsRenamedTheOldNameNoLongerFindsTheirCases() {
        Member m = member("Siân Jones");
        CaseFile c1 = caseOpened(m, LocalDate.of(2026, 3, 2));
        CaseFile c2 = caseOpened(m, LocalDate.of(2026, 4, 2));
        members.update(new Member(m.id(), m.membershipNumber(), "Siân Pritchard", m.union(), m.grade(), m.team(),
                m.office(), m.region(), m.email(), m.phone(), m.contractedHours()));
        assertEquals(Set.of(), cases.search("Jones"));
        assertEquals(Set.of(c1.id(), c2.id()), cases.search("Pritchard"));
        assertEquals(Set.of(c1.id()), cases.search("Pritchard 2026-0001"));
        integrityOfSearch();
    }

    @Test
    void editingACaseKeepsItFindableByItsNewWordsOnly() {
        Member m = member("Siân Jones");
        CaseFile c = cases.insert(aCase(m).manager("Priya Patel").build());
        cases.update(c.withDetails("Tom Okafor", c.workloadFactor(), null));
        assertEquals(Set.of(), cases.search("Priya"));
        assertEquals(Set.of(c.id()), cases.search("Okafor"));
        assertEquals(Set.of(c.id()), cases.search("Siân"));
    }

    @Test
    void quotesAndSearchOperatorsInTheTextNeverBreakTheSearch() {
        Member m = member("Siân Jones");
        CaseFile c = caseOpened(m, LocalDate.of(2026, 3, 2));
        for (String query : List.of("\"", "\"Sian", "Sian\"", "*", "Sian*", "OR", "Sian OR", "NEAR(", "NEAR(Sian",
                "AND NOT", "(", ")", "-Sian", "^Sian", "text:Sian", "Sian'; DROP TABLE member; --", "{", "+", "NOT")) {
            Set<UUID> found = assertDoesNotThrowSearch(query);
            assertTrue(found.isEmpty() || found.equals(Set.of(c.id())), query + " -> " + found);
        }
        assertEquals(Set.of(c.id()), cases.search("\"Sian\""));
        assertEquals(Set.of(c.id()), cases.search("Sian*"));
        assertEquals(Set.of(c.id()), cases.search("-Sian"));
        assertEquals(1, members.all().size());
    }

    private Set<UUID> assertDoesNotThrowSearch(String query) {
        try {
            return cases.search(query);
        } catch (RuntimeException e) {
            throw new AssertionError("search for [" + query + "] threw " + e, e);
        }
    }

    @Test
    void emptySearchTextFindsNothingRatherThanFailing() {
        caseOpened(member("Siân Jones"), LocalDate.of(2026, 3, 2));
        assertEquals(Set.of(), cases.search(""));
        assertEquals(Set.of(), cases.search("   "));
        assertEquals(Set.of(), cases.search("!?"));
        assertEquals(Set.of(), cases.search(null));
    }

    // --- the cases list ---

    @Test
    void theCasesListShowsTheNextDeadlineNotYetDone() {
        Member m = aMember().named("Siân Jones").inRegion(Region.WALES).grade(Grade.PSO).build();
        members.insert(m);
        CaseFile c = caseOpened(m, LocalDate.of(2026, 3, 2));
        Deadline doneEarlier = Deadline.of(c.id(), LocalDate.of(2026, 11, 1), "Fit note", false).withDone(true);
        deadlines.insert(doneEarlier);
        deadlines.insert(Deadline.of(c.id(), LocalDate.of(2027, 1, 5), "Appeal hearing", true));
        deadlines.insert(Deadline.of(c.id(), LocalDate.of(2026, 12, 10), "Submit statement", false));

        CaseListRow row = cases.listRow(c.id()).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 10), row.nextDeadline());
        assertEquals("Siân Jones", row.memberName());
        assertEquals(Region.WALES, row.region());
        assertEquals(Grade.PSO, row.grade());
        assertEquals("2026-0001", row.reference());

        Deadline dec10 = deadlines.ofCase(c.id()).stream()
                .filter(d -> d.dueOn().equals(LocalDate.of(2026, 12, 10))).findFirst().orElseThrow();
        deadlines.setDone(dec10.id(), true);
        assertEquals(LocalDate.of(2027, 1, 5), cases.listRow(c.id()).orElseThrow().nextDeadline());
        deadlines.setDone(doneEarlier.id(), false);
        assertEquals(LocalDate.of(2026, 11, 1), cases.listRow(c.id()).orElseThrow().nextDeadline());
        assertTrue(cases.listRow(c.id()).orElseThrow().isOverdue(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void aCaseWithNoOpenDeadlinesShowsNone() {
        Member m = member("Siân Jones");
        CaseFile none = caseOpened(m, LocalDate.of(2026, 3, 2));
        CaseFile allDone = caseOpened(m, LocalDate.of(2026, 3, 3));
        deadlines.insert(Deadline.of(allDone.id(), LocalDate.of(2026, 4, 1), "Done already", false).withDone(true));
        assertNull(cases.listRow(none.id()).orElseThrow().nextDeadline());
        assertNull(cases.listRow(allDone.id()).orElseThrow().nextDeadline());
    }

    @Test
    void theCasesListShowsEveryCaseNewestFirstWithItsOwnDeadline() {
        Member siân = member("Siân Jones");
        Member zoë = member("Zoë Smith");
        CaseFile old = caseOpened(siân, LocalDate.of(2025, 6, 1));
        CaseFile mid = caseOpened(zoë, LocalDate.of(2026, 1, 10));
        CaseFile sameDay = caseOpened(siân, LocalDate.of(2026, 1, 10));
        deadlines.insert(Deadline.of(old.id(), LocalDate.of(2026, 1, 1), "Old", false));
        deadlines.insert(Deadline.of(mid.id(), LocalDate.of(2026, 2, 1), "Mid", false));
        List<CaseListRow> rows = cases.listRows();
        assertEquals(List.of(sameDay.id(), mid.id(), old.id()), rows.stream().map(CaseListRow::caseId).toList());
        assertEquals(List.of("Siân Jones", "Zoë Smith", "Siân Jones"),
                rows.stream().map(CaseListRow::memberName).toList());
        assertNull(rows.get(0).nextDeadline());
        assertEquals(LocalDate.of(2026, 2, 1), rows.get(1).nextDeadline());
        assertEquals(LocalDate.of(2026, 1, 1), rows.get(2).nextDeadline());
    }

    @Test
    void theFirstScreenfulIsTheWholeListsNewestRowsInTheSameOrder() {
        Member siân = member("Siân Jones");
        Member zoë = member("Zoë Smith");
        for (int i = 0; i < 12; i++) {
            // Two a day, so ties on the date are broken by the reference as in the whole list.
            CaseFile c = caseOpened(i % 2 == 0 ? siân : zoë, LocalDate.of(2026, 1, 1).plusDays(i / 2));
            deadlines.insert(Deadline.of(c.id(), LocalDate.of(2026, 3, 1).plusDays(i), "Due " + i, false));
        }
        List<CaseListRow> whole = cases.listRows();
        assertEquals(whole.subList(0, 5), cases.firstRows(5));
        assertEquals(whole, cases.firstRows(100), "fewer cases than a screenful: all of them");
    }

    @Test
    void aSearchsFirstMatchesAreItsNewestAndSayWhetherTheyAreAll() {
        Member siân = member("Siân Jones");
        Member other = member("Owen Price");
        List<CaseFile> siâns = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            siâns.add(caseOpened(siân, LocalDate.of(2026, 2, 1).plusDays(i)));
        }
        CaseFile noted = caseOpened(other, LocalDate.of(2026, 2, 3)); // found by a note, not by its member's name
        timeline.insert(TimelineEntry.of(noted.id(), LocalDate.of(2026, 2, 4), EntryKind.NOTE, "Siân's manager attended", null));
        List<CaseListRow> rows = cases.listRows();

        org.repdesk.model.CaseMatches first = cases.matchFirst("sian", 3);
        assertTrue(!first.complete(), "7 cases match, 3 asked for");
        assertEquals(List.of(siâns.get(5).id(), siâns.get(4).id(), siâns.get(3).id()), listed(rows, first));

        org.repdesk.model.CaseMatches five = cases.matchFirst("sian", 5);
        // The note's case was opened on the same day as siâns[2], later: its reference is the higher.
        assertEquals(List.of(siâns.get(5).id(), siâns.get(4).id(), siâns.get(3).id(), noted.id(), siâns.get(2).id()),
                listed(rows, five), "the note's case in its place by date among the names' cases");

        org.repdesk.model.CaseMatches all = cases.matchFirst("sian", 10);
        assertTrue(all.complete());
        assertEquals(listed(rows, cases.match("sian")), listed(rows, all));
        assertEquals(7, all.size());
        assertTrue(cases.matchFirst("nobody", 3).complete());
    }

    private static List<UUID> listed(List<CaseListRow> rows, org.repdesk.model.CaseMatches found) {
        return rows.stream().filter(found::contains).map(CaseListRow::caseId).toList();
    }

    @Test
    void aClosedCaseShowsNoNextDeadlineEvenIfOneWasNeverTickedOff() {
        CaseFile c = caseOpened(member("Aoife Byrne"), LocalDate.of(2026, 1, 5));
        deadlines.insert(org.repdesk.model.Deadline.of(c.id(), LocalDate.of(2026, 2, 1), "Appeal letter", false));
        assertEquals(LocalDate.of(2026, 2, 1), cases.listRow(c.id()).orElseThrow().nextDeadline());
        cases.update(c.withStatus(org.repdesk.model.CaseStatus.CLOSED, LocalDate.of(2026, 3, 1), "Resolved"));
        assertNull(cases.listRow(c.id()).orElseThrow().nextDeadline());
    }

    @Test
    void dueDeadlinesAreCountedByCaseTypeAndLatenessLeavingOutDoneOnesAndClosedCases() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Member m = member("Siân Jones");
        CaseFile capability = cases.insert(aCase(m).type(CaseType.CAPABILITY, "Informal stage").openedOn(today.minusYears(1)).build());
        CaseFile grievance = cases.insert(aCase(m).type(CaseType.GRIEVANCE, "Informal resolution").openedOn(today.minusYears(1)).build());
        CaseFile closed = cases.insert(aCase(m).openedOn(today.minusYears(1)).closed(today.minusDays(1), "Resolved").build());
        for (LocalDate due : List.of(today, today.plusDays(14), today.minusDays(1), today.minusDays(7), today.minusDays(8),
                today.minusMonths(1), today.minusMonths(3), today.minusMonths(3).minusDays(1))) {
            deadlines.insert(Deadline.of(capability.id(), due, "Letter", false));
        }
        deadlines.insert(Deadline.of(capability.id(), today.plusDays(15), "Too far ahead", false));
        deadlines.insert(Deadline.of(capability.id(), today.minusDays(2), "Done", false).withDone(true));
        deadlines.insert(Deadline.of(grievance.id(), today.plusDays(1), "Hearing", true));
        deadlines.insert(Deadline.of(closed.id(), today.minusDays(2), "Of a closed case", false));

        List<CaseloadQueries.DueByType> counts = new CaseloadQueries(db).dueByType(today, today.plusDays(14),
                today.minusDays(7), today.minusMonths(1), today.minusMonths(3));

        Set<String> seen = new java.util.TreeSet<>();
        counts.forEach(c -> seen.add(c.type().name() + " " + c.band() + " " + c.count()));
        assertEquals(new java.util.TreeSet<>(List.of("CAPABILITY 0 2", "CAPABILITY 1 2", "CAPABILITY 2 2",
                "CAPABILITY 3 1", "CAPABILITY 4 1", "GRIEVANCE 0 1")), seen);
    }

}
