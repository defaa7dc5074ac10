package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.Union;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.testing.TestDesk;

class DemoDataTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameMembersAndCases() {
        List<String> first = fingerprint(dir.resolve("a"), 7);
        List<String> second = fingerprint(dir.resolve("b"), 7);
        List<String> otherSeed = fingerprint(dir.resolve("c"), 8);

        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
    }

    @Test
    void aDemoMadeInWelshHasItsTeamsAndDeadlinesInWelshAndTheSameChoices() {
        List<Member> english;
        List<org.repdesk.model.Deadline> englishDue;
        try (RepDesk desk = TestDesk.open(dir.resolve("en"))) {
            new DemoData(desk).generate(40, 90, 42);
            english = desk.members().all();
            englishDue = desk.cases().allDeadlines();
        }
        java.util.Locale before = org.repdesk.i18n.Messages.language();
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
        try (RepDesk desk = TestDesk.open(dir.resolve("cy"))) {
            new DemoData(desk).generate(40, 90, 42);
            List<Member> welsh = desk.members().all();
            List<org.repdesk.model.Deadline> welshDue = desk.cases().allDeadlines();
            assertEquals(english.stream().map(Member::name).sorted().toList(),
                    welsh.stream().map(Member::name).sorted().toList(), "real names are left alone");
            Set<String> teams = welsh.stream().map(Member::team).collect(Collectors.toSet());
            assertTrue(teams.contains("Tîm y llys") || teams.contains("Gwaith di-dâl"), teams.toString());
            assertTrue(teams.stream().noneMatch(t -> t.contains("team") || t.contains("Unpaid")), teams.toString());
            assertEquals(englishDue.size(), welshDue.size());
            List<String> englishWords = List.of("Send ", "Return ", "Appeal ", "Chase ", "Reasonable ", "Review ",
                    "Hearing", "Formal ", "stage");
            for (org.repdesk.model.Deadline d : welshDue) {
                String shown = d.label(org.repdesk.i18n.Messages.WELSH);
                assertTrue(englishWords.stream().noneMatch(shown::contains), shown);
                assertTrue(!shown.contains("gyda y "), "\"gyda’r rheolwr\": " + shown);
            }
            assertTrue(welshDue.stream().anyMatch(d -> d.label(org.repdesk.i18n.Messages.WELSH)
                    .startsWith("Gwrandawiad: ")), "a hearing of the case's stage");
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }
    }

    @Test
    void writesAsManyMembersAndCasesAsAskedWithEveryCaseTypeUnionAndRegion() {
        try (RepDesk desk = TestDesk.open(dir)) {
            DemoData.Result result = new DemoData(desk).generate(40, 90, 42);

            assertEquals(40, result.members());
            assertEquals(90, result.cases());
            List<Member> members = desk.members().all();
            List<CaseFile> cases = desk.cases().all();
            assertEquals(40, members.size());
            assertEquals(90, cases.size());
            assertEquals(EnumSet.allOf(CaseType.class), cases.stream().map(CaseFile::type)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseType.class))));
            assertEquals(EnumSet.allOf(CaseStatus.class), cases.stream().map(CaseFile::status)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class))));
            assertEquals(EnumSet.allOf(Union.class), members.stream().map(Member::union)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Union.class))));
            assertEquals(EnumSet.allOf(Region.class), members.stream().map(Member::region)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Region.class))));
            assertTrue(cases.stream().allMatch(c -> c.problems().isEmpty()), "every case is valid");
        }
    }

    @Test
    void capabilityAndSicknessAbsenceAreTheCommonestCases() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(60, 300, 42);

            Map<CaseType, Long> byType = desk.cases().all().stream()
                    .collect(Collectors.groupingBy(CaseFile::type, Collectors.counting()));
            long commonest = byType.get(CaseType.CAPABILITY) + byType.get(CaseType.SICKNESS_ABSENCE);
            assertTrue(commonest > 300 / 2, byType.toString());
        }
    }

    @Test
    void someDeadlinesAreOverdueAndTimelinesHoldThreeToTenEntries() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(60, 120, 42);

            List<CaseListRow> rows = desk.cases().listRows();
            assertTrue(rows.stream().anyMatch(r -> r.isOverdue(TestDesk.TODAY)), "some cases show an overdue deadline");
            assertTrue(rows.stream().anyMatch(r -> r.nextDeadline() != null && !r.isOverdue(TestDesk.TODAY)),
                    "some deadlines are still to come");
            for (CaseFile c : desk.cases().all()) {
                List<TimelineEntry> timeline = desk.cases().timeline(c.id());
                assertTrue(timeline.size() >= 3 && timeline.size() <= 10, c.reference() + ": " + timeline.size());
                LocalDate last = c.isClosed() ? c.closedOn() : TestDesk.TODAY;
                assertTrue(timeline.stream().allMatch(e -> !e.date().isBefore(c.openedOn()) && !e.date().isAfter(last)),
                        c.reference() + " has entries outside its life");
                assertEquals(timeline.size(), timeline.stream().map(e -> e.summary() + e.text()).distinct().count(),
                        c.reference() + " repeats an entry");
                if (c.isClosed()) {
                    assertTrue(c.closedOn() != null && c.outcome() != null, c.reference());
                }
            }
        }
    }

    @Test
    void someMembersRunOverTheExcessiveWorkloadThreshold() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(60, 10, 42);

            Map<UUID, List<WorkloadRecord>> byMember = desk.workload().all().stream()
                    .collect(Collectors.groupingBy(WorkloadRecord::memberId));
            long excessive = byMember.values().stream()
                    .filter(records -> desk.workload().excessiveSince(records).isPresent()).count();
            assertTrue(excessive >= 1, "at least one member over 110% for four weeks");
            assertTrue(excessive < byMember.size(), "but not everyone");
        }
    }

    @Test
    void refusesAFileThatAlreadyHoldsMembersAndLeavesItAsItWas() {
        try (RepDesk desk = TestDesk.open(dir)) {
            desk.members().save(aMember().named("Real Member").build());

            ValidationException e = assertThrows(ValidationException.class,
                    () -> new DemoData(desk).generate(10, 10, 1));

            assertTrue(e.getMessage().contains("already holds data (1 member, 0 cases)"), e.getMessage());
            assertEquals(List.of("Real Member"), desk.members().all().stream().map(Member::name).toList());
            assertTrue(desk.cases().all().isEmpty());
        }
    }

    @Test
    void searchFindsDemoNotesAndNames() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(30, 60, 42);
            Member someone = desk.members().all().get(0);
            Set<UUID> theirCases = desk.cases().all().stream().filter(c -> c.memberId().equals(someone.id()))
                    .map(CaseFile::id).collect(Collectors.toSet());

            Set<UUID> found = desk.cases().search(someone.name());

            assertTrue(found.containsAll(theirCases), "the search index was fed for bulk-inserted cases");
            assertTrue(!desk.cases().search("meeting").isEmpty(), "and for bulk-inserted notes");
        }
    }

    /**
     * Cases are made and written 250 at a time and moved into their tables every 5,000 (DemoData): 5,260
     * crosses both kinds of boundary and ends on a part chunk, and everything hangs where it should.
     */
    @Test
    void casesMadeAChunkAtATimeAreAllWrittenWithTheirNotesDeadlinesAndSearch() {
        try (RepDesk desk = TestDesk.open(dir)) {
            DemoData.Result result = new DemoData(desk).generate(40, 5_260, 7);

            Map<String, Long> counts = new org.repdesk.store.Integrity(desk.database()).counts();
            assertEquals(5_260L, counts.get("case_file"));
            assertEquals(result.cases(), counts.get("case_file").intValue());
            assertEquals(result.timelineEntries(), counts.get("timeline_entry").intValue());
            assertEquals(result.deadlines(), desk.cases().allDeadlines().size());
            List<CaseFile> cases = desk.cases().all();
            assertEquals(5_260, cases.stream().map(CaseFile::reference).distinct().count(), "no case written twice");
            int entries = 0;
            for (CaseFile c : cases) {
                int n = desk.cases().timeline(c.id()).size();
                assertTrue(n >= 3 && n <= 10, c.reference() + ": " + n);
                entries += n;
            }
            assertEquals(result.timelineEntries(), entries, "every note is on a case");
            Map<UUID, Set<UUID>> byMember = cases.stream().collect(Collectors.groupingBy(CaseFile::memberId,
                    Collectors.mapping(CaseFile::id, Collectors.toSet())));
            for (Member m : desk.members().all()) {
                Set<UUID> theirs = byMember.getOrDefault(m.id(), Set.of());
                assertTrue(desk.cases().search(m.name()).containsAll(theirs), m.name() + "'s cases are all found");
            }
        }
    }

    /** Names, numbers and cases in a comparable form (ids differ between runs; everything else must not). */
    private static List<String> fingerprint(Path folder, long seed) {
        try (RepDesk desk = TestDesk.open(folder)) {
            new DemoData(desk).generate(25, 40, seed);
            Map<UUID, String> numbers = desk.members().all().stream()
                    .collect(Collectors.toMap(Member::id, Member::membershipNumber));
            List<String> lines = new java.util.ArrayList<>();
            desk.members().all().forEach(m -> lines.add(m.withId(null).toString()));
            desk.cases().all().forEach(c -> lines.add(c.reference() + " " + numbers.get(c.memberId()) + " " + c.type()
                    + " " + c.stage() + " " + c.openedOn() + " " + c.outcome()));
            return lines;
        }
    }
}
