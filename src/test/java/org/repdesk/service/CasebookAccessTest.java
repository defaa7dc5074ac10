package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Member;
import org.repdesk.model.CasebookAddress;
import org.repdesk.store.Casebooks;
import org.repdesk.store.Database;
import org.repdesk.store.StoreException;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/**
 * What each role of a branch casebook may see and do, enforced by PostgreSQL itself: tried through
 * RepDesk and behind its back with plain JDBC as each login, as a rep with psql would.
 */
class CasebookAccessTest {

    private CasebookAddress casebook;

    @BeforeEach
    void freshCasebook() {
        casebook = TestCasebooks.fresh();
    }

    private RepDesk deskAs(String login) {
        return new RepDesk(TestCasebooks.open(casebook, login), TestDesk.fixedClock());
    }

    /** A plain connection as the login, as psql would make it: no RepDesk in between. */
    private Connection psqlAs(String login) throws SQLException {
        return TestCasebooks.plainConnection(casebook, login);
    }

    private long count(String login, String sql) throws SQLException {
        try (Connection c = psqlAs(login); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An officer shares {@code c} with {@code login}, through a plain connection. */
    private void share(CaseFile c, String login) throws SQLException {
        try (Connection olive = psqlAs(TestCasebooks.OFFICER); Statement st = olive.createStatement()) {
            st.executeUpdate("INSERT INTO case_share (case_id, login, shared_on) VALUES ('" + c.id() + "', '" + login
                    + "', '2026-11-01')");
        }
    }

    private CaseFile caseOpenedBy(String login, String memberName) {
        try (RepDesk desk = deskAs(login)) {
            Member m = desk.members().save(aMember().named(memberName).build());
            return desk.cases().open(aCase(m).build());
        }
    }

    @Test
    void aRepSeesOnlyTheMembersAndCasesAssignedToThem() throws SQLException {
        CaseFile rachels = caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        caseOpenedBy(TestCasebooks.OTHER_REP, "Łukasz Nowak");

        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            assertEquals(List.of(rachels.reference()), rachel.cases().all().stream().map(CaseFile::reference).toList());
            assertEquals(List.of("Siân Jones"), rachel.members().all().stream().map(Member::name).toList());
        }
        // Her list follows the policy however a member is hers: added by her, or through a shared case.
        CaseFile shared = caseOpenedBy(TestCasebooks.OTHER_REP, "Mari Evans");
        share(shared, TestCasebooks.REP);
        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            rachel.members().save(aMember().named("Aled Hughes").build());
            List<String> listed = rachel.members().all().stream().map(Member::name).toList();
            assertEquals(List.of("Aled Hughes", "Mari Evans", "Siân Jones"), listed);
            assertEquals(listed.size(), count(TestCasebooks.REP, "SELECT count(*) FROM member"), "as the policy says");
        }
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            assertEquals(4, olive.members().all().size());
        }
        // The same through a plain connection: the server, not the app, keeps Rob's case from her.
        assertEquals(2, count(TestCasebooks.REP, "SELECT count(*) FROM case_file"));
        assertEquals(3, count(TestCasebooks.REP, "SELECT count(*) FROM member"));
        assertEquals(0, count(TestCasebooks.REP, "SELECT count(*) FROM member WHERE name LIKE 'Łukasz%'"));
        assertEquals(3, count(TestCasebooks.OFFICER, "SELECT count(*) FROM case_file"));
    }

    @Test
    void aRepCannotMoveACaseButAnOfficerAssignsItToAnotherRep() throws SQLException {
        CaseFile c = caseOpenedBy(TestCasebooks.REP, "Siân Jones");

        try (Connection rachel = psqlAs(TestCasebooks.REP); Statement st = rachel.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE case_file SET assigned_to = 'rob'"));
            assertEquals("42501", refused.getSQLState());
        }
        try (Database rachel = TestCasebooks.open(casebook, TestCasebooks.REP)) {
            StoreException e = assertThrows(StoreException.class, () -> Casebooks.assign(rachel, c.reference(), "rob"));
            assertTrue(e.kind() == StoreException.Kind.NOT_ALLOWED || e.kind() == StoreException.Kind.CONSTRAINT, e.getMessage());
        }
        try (Database olive = TestCasebooks.open(casebook, TestCasebooks.OFFICER)) {
            Casebooks.assign(olive, c.reference(), TestCasebooks.OTHER_REP);
        }
        assertEquals(0, count(TestCasebooks.REP, "SELECT count(*) FROM case_file"));
        assertEquals(1, count(TestCasebooks.OTHER_REP, "SELECT count(*) FROM case_file"));
        assertEquals(1, count(TestCasebooks.OTHER_REP, "SELECT count(*) FROM member"), "the member comes with the case");
    }

    @Test
    void aCaseSharedWithARepIsHersToReadAndChangeAndNoOneElsesShareReachesHer() throws SQLException {
        // V19 asks for a rep's shared cases once a statement, as a list: the same cases as the EXISTS it replaced.
        CaseFile rachels = caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        CaseFile sharedWithHer = caseOpenedBy(TestCasebooks.OTHER_REP, "Mari Evans");
        CaseFile sharedWithOlive = caseOpenedBy(TestCasebooks.OTHER_REP, "Łukasz Nowak");
        share(sharedWithHer, TestCasebooks.REP);
        share(sharedWithOlive, TestCasebooks.OFFICER);
        assertEquals(2, count(TestCasebooks.REP, "SELECT count(*) FROM case_file"));
        assertEquals(2, count(TestCasebooks.REP, "SELECT count(*) FROM case_file WHERE id IN ('" + rachels.id() + "', '"
                + sharedWithHer.id() + "')"));
        try (Connection rachel = psqlAs(TestCasebooks.REP); Statement st = rachel.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE case_file SET outcome = 'agreed' WHERE id = '" + sharedWithHer.id() + "'"));
            assertEquals(0, st.executeUpdate("UPDATE case_file SET outcome = 'x' WHERE id = '" + sharedWithOlive.id() + "'"));
        }
        assertEquals(2, count(TestCasebooks.OTHER_REP, "SELECT count(*) FROM case_file WHERE assigned_to = current_user"));
    }

    @Test
    void aRepsNotesDeadlinesMembersAndRemovalsFollowHerOwnAndSharedCasesOnly() throws SQLException {
        // The rules of the other tables ask case_file's: each row counted here is one of the three cases'.
        CaseFile rachels = caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        CaseFile shared = caseOpenedBy(TestCasebooks.OTHER_REP, "Mari Evans");
        CaseFile robs = caseOpenedBy(TestCasebooks.OTHER_REP, "Łukasz Nowak");
        share(shared, TestCasebooks.REP);
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            for (CaseFile c : List.of(rachels, shared, robs)) {
                olive.cases().addEntry(org.repdesk.model.TimelineEntry.of(c.id(), java.time.LocalDate.of(2026, 11, 2),
                        org.repdesk.model.EntryKind.NOTE, "Note on " + c.reference(), null));
                olive.cases().addDeadline(org.repdesk.model.Deadline.of(c.id(), java.time.LocalDate.of(2026, 12, 1),
                        "Reply due", false));
            }
        }
        String hers = "('" + rachels.id() + "', '" + shared.id() + "')";
        for (String table : List.of("timeline_entry", "deadline")) {
            assertEquals(count(TestCasebooks.OFFICER, "SELECT count(*) FROM " + table + " WHERE case_id IN " + hers),
                    count(TestCasebooks.REP, "SELECT count(*) FROM " + table), table + ": her case's and the shared one's");
            assertEquals(0, count(TestCasebooks.REP, "SELECT count(*) FROM " + table + " WHERE case_id = '" + robs.id() + "'"),
                    table);
            assertEquals(count(TestCasebooks.OFFICER, "SELECT count(*) FROM " + table + " WHERE case_id <> '" + rachels.id() + "'"),
                    count(TestCasebooks.OTHER_REP, "SELECT count(*) FROM " + table), table + ": Rob keeps the case he shared");
        }
        assertEquals(2, count(TestCasebooks.REP, "SELECT count(*) FROM member"));
        try (Connection rachel = psqlAs(TestCasebooks.REP); Statement st = rachel.createStatement()) {
            assertEquals(0, st.executeUpdate("UPDATE case_file SET outcome = 'x' WHERE id = '" + robs.id() + "'"));
            assertEquals(0, st.executeUpdate("DELETE FROM case_file WHERE id = '" + shared.id() + "'"),
                    "a shared case is not hers to remove");
            assertEquals(0, st.executeUpdate("DELETE FROM case_file WHERE id = '" + robs.id() + "'"));
            assertEquals(1, st.executeUpdate("DELETE FROM case_file WHERE id = '" + rachels.id() + "'"));
        }
        assertEquals(2, count(TestCasebooks.OFFICER, "SELECT count(*) FROM case_file"));
        assertEquals(1, count(TestCasebooks.REP, "SELECT count(*) FROM case_file"), "the shared one is left her");
    }

    @Test
    void aRepCannotWriteIntoAnotherRepsCase() throws SQLException {
        CaseFile robs = caseOpenedBy(TestCasebooks.OTHER_REP, "Łukasz Nowak");
        try (Connection rachel = psqlAs(TestCasebooks.REP); Statement st = rachel.createStatement()) {
            assertEquals(0, st.executeUpdate("UPDATE case_file SET outcome = 'x' WHERE id = '" + robs.id() + "'"));
            SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate(
                    "INSERT INTO timeline_entry (id, case_id, entry_date, kind, summary, created_at)"
                            + " VALUES ('t1', '" + robs.id() + "', '2026-11-23', 'NOTE', 'sneaked in', 'now')"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void aReaderReadsNoMemberCaseOrNoteRowsAtAll() throws SQLException {
        caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        for (String table : List.of("member", "case_file", "timeline_entry", "deadline", "workload_record", "audit_entry")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> count(TestCasebooks.READER, "SELECT count(*) FROM " + table), table);
            assertEquals("42501", refused.getSQLState(), table);
        }
    }

    @Test
    void aReaderMakesTheBranchsBriefFromFiguresAloneAndARepFromTheirOwnCases() throws SQLException {
        caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        caseOpenedBy(TestCasebooks.OTHER_REP, "Łukasz Nowak");
        try (RepDesk rob = deskAs(TestCasebooks.OTHER_REP)) {
            Member mari = rob.members().save(aMember().named("Mari Evans").build());
            rob.cases().open(aCase(mari).type(org.repdesk.model.CaseType.SICKNESS_ABSENCE, "Consideration point").build());
        }
        org.repdesk.report.BriefScope scope = org.repdesk.report.BriefScope.of(
                java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1));

        try (RepDesk nina = deskAs(TestCasebooks.READER)) {
            assertTrue(nina.figuresOnly());
            org.repdesk.report.Brief brief = new org.repdesk.report.BriefBuilder(nina).build(scope, "Regional negotiator");
            assertEquals(3, brief.evidence().casesInScope().value(), "the whole branch's cases, counted");
            assertTrue(brief.evidence().absenceReasons().withheld(), "absence records are not figures");
            // The sickness count and the months are read on the brief's second connection, as the same login.
            assertEquals(1, brief.evidence().absenceReasons().cases().value(), "Mari's sickness case, counted");
            assertEquals(1, brief.evidence().trend().stream().mapToInt(t -> t.sickness().value()).sum(),
                    "Mari's sickness case, in its month");
        }
        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            assertEquals(false, rachel.figuresOnly());
            org.repdesk.report.Brief brief = new org.repdesk.report.BriefBuilder(rachel).build(scope, "Rep");
            assertEquals(1, brief.evidence().casesInScope().value());
            assertEquals(0, brief.evidence().absenceReasons().cases().value(), "not rob's sickness case");
            assertEquals(0, brief.evidence().trend().stream().mapToInt(t -> t.sickness().value()).sum(),
                    "nor its month");
        }
        // The figures' views hold no names; the tables behind them stay closed to the reader.
        assertEquals(3, count(TestCasebooks.READER, "SELECT count(*) FROM brief_case"));
        assertEquals(1, count(TestCasebooks.REP, "SELECT count(*) FROM brief_case"));
        SQLException refused = assertThrows(SQLException.class,
                () -> count(TestCasebooks.READER, "SELECT count(*) FROM brief_case WHERE name IS NOT NULL"));
        assertEquals("42703", refused.getSQLState(), "no such column");
    }

    @Test
    void aReadersCaseloadReportCountsTheBranchAndListsNoReference() {
        CaseFile siâns = caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        CaseFile łukaszs = caseOpenedBy(TestCasebooks.OTHER_REP, "Łukasz Nowak");
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            java.time.LocalDate today = olive.cases().today();
            olive.cases().addDeadline(org.repdesk.model.Deadline.of(siâns.id(), today.minusDays(3), "Send Siân's OH report", false));
            olive.cases().addDeadline(org.repdesk.model.Deadline.of(łukaszs.id(), today.plusDays(2), "Hearing", false));
            olive.workload().add(org.repdesk.model.WorkloadRecord.of(siâns.memberId(), today.minusDays(7), 128.0,
                    null, null, null, null, null, null));
        }
        org.repdesk.report.Caseload branch;
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            branch = org.repdesk.report.Caseload.of(olive);
        }
        try (RepDesk nina = deskAs(TestCasebooks.READER)) {
            org.repdesk.report.Caseload figures = org.repdesk.report.Caseload.of(nina);
            assertEquals(2, figures.openCases());
            assertEquals(branch.openByTypeAndStage(), figures.openByTypeAndStage());
            assertEquals(List.of(1, 1), List.of(figures.overdueCount(), figures.dueSoonCount()));
            // The latest capacities' count and median, worked out in PostgreSQL from the figures as from the tables.
            assertEquals(List.of(1, 128.0), List.of(branch.membersWithWmt(), branch.medianCapacity()));
            assertEquals(List.of(1, 128.0), List.of(figures.membersWithWmt(), figures.medianCapacity()));
            assertEquals(branch.dueByType(), figures.dueByType());
            assertEquals(List.of(1, 128.0), List.of(figures.membersWithWmt(), figures.medianCapacity()));
            assertEquals(List.of(), figures.overdue(), "no reference for a reader");
            assertEquals(List.of(), figures.dueSoon());
            String html = org.repdesk.report.CaseloadHtml.render(figures);
            assertTrue(html.contains("not listed by reference"), html);
            assertTrue(!html.contains(siâns.reference()) && !html.contains("Siân"), html);
        }
    }

    @Test
    void aRepsListAndNoteSearchHoldTheirOwnAndSharedCasesOnly() throws SQLException {
        CaseFile rachels = caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        CaseFile robs = caseOpenedBy(TestCasebooks.OTHER_REP, "Łukasz Nowak");
        CaseFile shared = caseOpenedBy(TestCasebooks.OTHER_REP, "Mari Evans");
        share(shared, TestCasebooks.REP);
        try (RepDesk rob = deskAs(TestCasebooks.OTHER_REP)) {
            rob.cases().addEntry(org.repdesk.model.TimelineEntry.of(robs.id(), java.time.LocalDate.of(2026, 11, 2),
                    org.repdesk.model.EntryKind.NOTE, "Burnout after the caseload doubled", null));
            rob.cases().addEntry(org.repdesk.model.TimelineEntry.of(shared.id(), java.time.LocalDate.of(2026, 11, 2),
                    org.repdesk.model.EntryKind.NOTE, "Burnout, second opinion wanted", null));
        }
        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            assertEquals(java.util.Set.of(rachels.id(), shared.id()), rachel.cases().listRows().stream()
                    .map(org.repdesk.model.CaseListRow::caseId).collect(java.util.stream.Collectors.toSet()));
            assertEquals(java.util.Set.of(shared.id()), rachel.cases().search("burn"), "Rob's own note stays his");
            assertEquals(rachel.cases().listRows(), rachel.cases().firstRows(10), "the first screenful by the same rule");
            org.repdesk.model.CaseMatches first = rachel.cases().matchFirst("burn", 10);
            assertEquals(List.of(shared.id()), rachel.cases().listRows().stream().filter(first::contains)
                    .map(org.repdesk.model.CaseListRow::caseId).toList(), "and its first matches");
            assertTrue(first.complete() && first.size() == 1, "Rob's case not counted either: " + first.size());
            org.repdesk.model.TimelineEntry note = rachel.cases().timeline(shared.id()).stream()
                    .filter(e -> e.summary().startsWith("Burnout")).findFirst().orElseThrow();
            rachel.cases().deleteEntry(note.id());
            assertEquals(java.util.Set.of(), rachel.cases().search("burn"), "a removed note is no longer found");
        }
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            assertEquals(3, olive.cases().listRows().size());
            assertEquals(olive.cases().listRows().subList(0, 2), olive.cases().firstRows(2));
            assertEquals(java.util.Set.of(robs.id()), olive.cases().search("burnout"));
        }
    }

    @Test
    void eachLoginNamesThemselvesButOnlyAnOfficerChangesTheBranchsFigures() {
        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            rachel.settings().saveRepName("Rachel Reid");
            assertEquals("Rachel Reid", rachel.settings().repName().orElseThrow());
            assertEquals(false, rachel.mayChangeSharedSettings());
            StoreException refused = assertThrows(StoreException.class,
                    () -> rachel.settings().saveWmt(rachel.settings().wmt()));
            assertEquals(StoreException.Kind.NOT_ALLOWED, refused.kind());
        }
        try (RepDesk nina = deskAs(TestCasebooks.READER)) {
            nina.settings().saveRepName("Nina Negotiator");
            assertEquals("Nina Negotiator", nina.settings().repName().orElseThrow());
        }
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            assertEquals(true, olive.mayChangeSharedSettings());
            olive.settings().saveWmt(olive.settings().wmt());
            assertTrue(olive.settings().repName().isEmpty() || !olive.settings().repName().get().equals("Rachel Reid"),
                    "one login's name is not another's");
        }
    }

    @Test
    void aRepReadsTheDemandsLogButCannotChangeIt() throws SQLException {
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            CampaignBulletins.load(olive.demands());
        }
        assertTrue(count(TestCasebooks.REP, "SELECT count(*) FROM demand") > 0);
        try (Connection rachel = psqlAs(TestCasebooks.REP); Statement st = rachel.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM demand"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void theAuditTrailNamesTheLoginWhateverTheAppWrites() throws SQLException {
        caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        try (Connection rachel = psqlAs(TestCasebooks.REP); Statement st = rachel.createStatement()) {
            st.executeUpdate("INSERT INTO audit_entry (at, who, entity_kind, entity_id, action)"
                    + " VALUES ('2026-11-23', 'the chair', 'CASE', 'x', 'CREATED')");
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT who FROM audit_entry")) {
                rs.next();
                assertEquals(TestCasebooks.REP, rs.getString(1));
                assertTrue(!rs.next(), "every entry is Rachel's");
            }
            SQLException refused = assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_entry"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void searchFoldsAccentsAndLettersOverNamesReferencesAndNotes() {
        CaseFile c = caseOpenedBy(TestCasebooks.REP, "Siân Łukasz-Jones");
        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            assertEquals(java.util.Set.of(c.id()), rachel.cases().search("sian"));
            assertEquals(java.util.Set.of(c.id()), rachel.cases().search("Lukasz jon"));
            assertEquals(java.util.Set.of(c.id()), rachel.cases().search(c.reference()));
            assertEquals(java.util.Set.of(), rachel.cases().search("nobody"));
        }
        try (RepDesk rob = deskAs(TestCasebooks.OTHER_REP)) {
            assertEquals(java.util.Set.of(), rob.cases().search("sian"), "search sees only what the login sees");
        }
    }

    @Test
    void aWrongPasswordAnUnknownServerAndAPlainDatabaseAreSaidInWords() {
        StoreException wrong = assertThrows(StoreException.class,
                () -> Database.openCasebook(casebook.as(TestCasebooks.REP), "not-it".toCharArray()));
        assertEquals(StoreException.Kind.WRONG_PASSWORD, wrong.kind(), wrong.getMessage());

        CasebookAddress nowhere = CasebookAddress.parse("postgresql://127.0.0.1:1/branch?user=rachel");
        StoreException unreachable = assertThrows(StoreException.class,
                () -> Database.openCasebook(nowhere, TestCasebooks.password()));
        assertEquals(StoreException.Kind.UNREACHABLE, unreachable.kind(), unreachable.getMessage());

        CasebookAddress empty = TestCasebooks.empty();
        StoreException plain = assertThrows(StoreException.class,
                () -> Database.openCasebook(empty, TestCasebooks.password()));
        assertEquals(StoreException.Kind.NOT_A_CASEBOOK, plain.kind(), plain.getMessage());
        assertTrue(plain.getMessage().contains("casebook init"), plain.getMessage());
    }

    @Test
    void casebookInitSetsUpAnEmptyDatabaseOnceAndOnlyForItsOwner() {
        CasebookAddress empty = TestCasebooks.empty();
        StoreException notOwner = assertThrows(StoreException.class,
                () -> Casebooks.init(empty.as(TestCasebooks.OFFICER), TestCasebooks.password()));
        assertEquals(StoreException.Kind.NOT_ALLOWED, notOwner.kind(), notOwner.getMessage());

        Casebooks.init(empty, TestCasebooks.password());
        Casebooks.init(empty, TestCasebooks.password()); // again: nothing to do, nothing broken
        try (Database owner = Database.openCasebook(empty, TestCasebooks.password())) {
            assertTrue(owner.isCasebook());
        }
    }

    @Test
    void aSecondSaveFromAnOlderCopyIsRefusedSayingWhoChangedItAndNothingIsLost() {
        CaseFile c = caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        try (RepDesk rachel = deskAs(TestCasebooks.REP); RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            CaseFile rachelsCopy = rachel.cases().byId(c.id()).orElseThrow();
            CaseFile olivesCopy = olive.cases().byId(c.id()).orElseThrow();
            olive.cases().update(olivesCopy, olivesCopy.withDetails("Ms Patel", olivesCopy.workloadFactor(), null));

            StoreException refused = assertThrows(StoreException.class, () -> rachel.cases().update(rachelsCopy,
                    rachelsCopy.withDetails("Mr Evans", rachelsCopy.workloadFactor(), null)));
            assertEquals(StoreException.Kind.CHANGED_ELSEWHERE, refused.kind(), refused.getMessage());
            assertTrue(refused.getMessage().contains("changed by " + TestCasebooks.OFFICER), refused.getMessage());
            assertEquals("Ms Patel", rachel.cases().byId(c.id()).orElseThrow().manager(), "Olive's save stands");

            // Read again, Rachel's change goes in.
            CaseFile fresh = rachel.cases().byId(c.id()).orElseThrow();
            rachel.cases().update(fresh, fresh.withDetails("Mr Evans", fresh.workloadFactor(), null));
            assertEquals("Mr Evans", olive.cases().byId(c.id()).orElseThrow().manager());
        }
    }

    @Test
    void aMemberSavedMeanwhileByAnOfficerIsNotOverwritten() {
        CaseFile c = caseOpenedBy(TestCasebooks.REP, "Siân Jones");
        try (RepDesk rachel = deskAs(TestCasebooks.REP); RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            Member mine = rachel.members().byId(c.memberId()).orElseThrow();
            Member hers = olive.members().byId(c.memberId()).orElseThrow();
            olive.members().save(hers, withPhone(hers, "07700 900123"));
            StoreException refused = assertThrows(StoreException.class,
                    () -> rachel.members().save(mine, withPhone(mine, "07700 900999")));
            assertEquals(StoreException.Kind.CHANGED_ELSEWHERE, refused.kind());
            assertEquals("07700 900123", rachel.members().byId(c.memberId()).orElseThrow().phone());
        }
    }

    private static Member withPhone(Member m, String phone) {
        return new Member(m.id(), m.membershipNumber(), m.name(), m.union(), m.grade(), m.team(), m.office(), m.region(),
                m.email(), phone, m.contractedHours());
    }
}
