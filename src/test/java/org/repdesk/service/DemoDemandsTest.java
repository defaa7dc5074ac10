package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.model.Member;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.model.Region;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.service.DemandService.DemandSummary;
import org.repdesk.testing.TestDesk;

class DemoDemandsTest {

    @TempDir
    Path dir;

    @Test
    void evidenceCountsMatchHandComputedExpectationsOnDemoData() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(80, 600, 42);
            Map<UUID, Region> regionOf = desk.members().all().stream()
                    .collect(Collectors.toMap(Member::id, Member::region));
            List<CaseFile> cases = desk.cases().all();
            LocalDate linkedBefore = TestDesk.TODAY.minusDays(DemoDemands.UNLINKED_DAYS);
            int demandsWithEvidence = 0;

            for (Demand d : desk.demands().all()) {
                // The rule written out again here, not taken from the code under test.
                List<CaseFile> expected = cases.stream()
                        .filter(c -> d.evidenceCaseType() != null && c.type() == d.evidenceCaseType())
                        .filter(c -> !d.evidenceNeedsWorkloadFactor() || c.workloadFactor() == WorkloadFactor.YES
                                || c.workloadFactor() == WorkloadFactor.DISPUTED)
                        .filter(c -> c.openedOn().isBefore(linkedBefore))
                        .toList();
                int closed = (int) expected.stream().filter(c -> c.status() == CaseStatus.CLOSED).count();
                Map<CaseType, Integer> byType = new EnumMap<>(CaseType.class);
                Map<Region, Integer> byRegion = new EnumMap<>(Region.class);
                for (CaseFile c : expected) {
                    byType.merge(c.type(), 1, Integer::sum);
                    byRegion.merge(regionOf.get(c.memberId()), 1, Integer::sum);
                }

                EvidenceCounts counts = desk.demands().evidenceCounts(d.id());

                assertEquals(expected.size(), counts.total(), d.title() + ": linked");
                assertEquals(expected.size() - closed, counts.open(), d.title() + ": open");
                assertEquals(closed, counts.closed(), d.title() + ": closed");
                assertEquals(byType, counts.byType(), d.title() + ": by type");
                assertEquals(byRegion, counts.byRegion(), d.title() + ": by region");
                assertEquals(expected.stream().map(CaseFile::id).collect(Collectors.toSet()),
                        desk.demands().linkedCases(d.id()).stream().map(CaseListRow::caseId)
                                .collect(Collectors.toSet()), d.title() + ": the very cases");
                demandsWithEvidence += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(demandsWithEvidence >= 8, "most demands with a rule have cases behind them: "
                    + demandsWithEvidence);
        }
    }

    @Test
    void recentMatchingCasesAreLeftForTheRepToLinkAsSuggestions() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(80, 600, 42);

            Demand capability = desk.demands().bySourceKey("urgent-5").orElseThrow();
            List<CaseListRow> suggested = desk.demands().suggestedCases(capability.id());

            assertFalse(suggested.isEmpty(), "some recent capability cases are suggested");
            LocalDate linkedBefore = TestDesk.TODAY.minusDays(DemoDemands.UNLINKED_DAYS);
            assertTrue(suggested.stream().allMatch(r -> !r.openedOn().isBefore(linkedBefore)), "only recent ones");
        }
    }

    @Test
    void theDemoLogShowsEveryStateARepMeets() {
        try (RepDesk desk = TestDesk.open(dir)) {
            DemoData.Result result = new DemoData(desk).generate(30, 60, 42);
            DemandService demands = desk.demands();
            List<Demand> all = demands.all();
            List<EmployerResponse> responses = all.stream().flatMap(d -> demands.responses(d.id()).stream())
                    .toList();

            assertEquals(CampaignBulletins.size() + 3, all.size());
            assertEquals(all.size(), result.demands());
            assertEquals(responses.size(), result.employerResponses());
            assertEquals(3, all.stream().filter(d -> d.kind() == DemandKind.LOCAL_DEMAND).count());
            Map<DemandStatus, Long> byStatus = all.stream()
                    .collect(Collectors.groupingBy(Demand::status, Collectors.counting()));
            assertEquals(1L, byStatus.get(DemandStatus.REFUSED), byStatus.toString());
            assertEquals(1L, byStatus.get(DemandStatus.PARTLY_AGREED), byStatus.toString());
            assertTrue(byStatus.get(DemandStatus.IN_DISCUSSION) >= 5, byStatus.toString());
            assertTrue(byStatus.get(DemandStatus.RAISED) >= 5, byStatus.toString());

            assertEquals(1, demands.summaries().stream().filter(DemandSummary::promiseOverdue).count(),
                    "exactly one promise is overdue");
            assertTrue(responses.stream().anyMatch(r -> r.promisedBy() != null && r.promiseKept()), "one was kept");
            assertTrue(responses.stream().anyMatch(r -> r.promisedBy() != null && r.promisedBy().isAfter(
                    TestDesk.TODAY)), "one is still to fall due");

            List<NegotiationMeeting> meetings = demands.meetings();
            assertEquals(3, meetings.size());
            assertEquals(3, result.meetings());
            for (NegotiationMeeting m : meetings) {
                assertTrue(demands.demandsDiscussedAt(m.id()).size() >= 4, m.title());
                assertTrue(demands.responsesAtMeeting(m.id()).size() >= 3, m.title());
                assertTrue(demands.responsesAtMeeting(m.id()).stream().allMatch(r -> r.respondedOn()
                        .equals(m.heldOn())), m.title() + ": answers are dated the day of the meeting");
            }
        }
    }

    @Test
    void historyAndResponsesAreDatedBetweenRaisingAndTodayAndEndAtTheCurrentStatus() {
        try (RepDesk desk = TestDesk.open(dir)) {
            new DemoData(desk).generate(30, 60, 42);

            for (Demand d : desk.demands().all()) {
                List<DemandStatusChange> history = desk.demands().history(d.id());
                assertEquals(d.status(), history.get(history.size() - 1).to(), d.title());
                for (DemandStatusChange ch : history) {
                    assertFalse(ch.changedOn().isBefore(d.raisedOn()) || ch.changedOn().isAfter(TestDesk.TODAY),
                            d.title() + ": " + ch);
                }
                for (EmployerResponse r : desk.demands().responses(d.id())) {
                    assertFalse(r.respondedOn().isBefore(d.raisedOn()) || r.respondedOn().isAfter(TestDesk.TODAY),
                            d.title() + ": " + r);
                    assertTrue(r.problems().isEmpty(), r.problems().toString());
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDemandsLog() {
        List<String> first = fingerprint(dir.resolve("a"), 7);
        List<String> second = fingerprint(dir.resolve("b"), 7);
        List<String> otherSeed = fingerprint(dir.resolve("c"), 8);

        assertEquals(first, second);
        assertNotEquals(first, otherSeed);
    }

    @Test
    void refusesAFileThatAlreadyHoldsADemandsLog() {
        try (RepDesk desk = TestDesk.open(dir)) {
            CampaignBulletins.load(desk.demands());

            ValidationException e = assertThrows(ValidationException.class,
                    () -> new DemoData(desk).generate(10, 10, 1));

            assertTrue(e.getMessage().contains("already holds a demands log (18 demands)"), e.getMessage());
            assertTrue(desk.members().all().isEmpty());
            assertEquals(CampaignBulletins.size(), desk.demands().all().size());
            assertTrue(desk.demands().meetings().isEmpty());
        }
    }

    /** The demands log in a comparable form (ids differ between runs; everything else must not). */
    private static List<String> fingerprint(Path folder, long seed) {
        try (RepDesk desk = TestDesk.open(folder)) {
            new DemoData(desk).generate(25, 80, seed);
            DemandService demands = desk.demands();
            Map<UUID, String> references = desk.cases().all().stream()
                    .collect(Collectors.toMap(CaseFile::id, CaseFile::reference));
            Map<UUID, NegotiationMeeting> meetings = demands.meetings().stream()
                    .collect(Collectors.toMap(NegotiationMeeting::id, Function.identity()));
            List<String> lines = new ArrayList<>();
            for (Demand d : demands.all()) {
                lines.add(d.withSourceKey(null).toString().replace(d.id().toString(), "id"));
                demands.history(d.id()).forEach(ch -> lines.add("  " + ch.changedOn() + " " + ch.from() + " -> "
                        + ch.to() + " " + ch.note()));
                demands.responses(d.id()).forEach(r -> lines.add("  " + r.respondedOn() + " " + r.said() + " "
                        + r.newStatus() + " " + r.promisedBy() + " " + r.promiseKept() + " "
                        + (r.meetingId() == null ? "" : meetings.get(r.meetingId()).title())));
                Set<String> linked = new HashSet<>();
                demands.linkedCases(d.id()).forEach(c -> linked.add(references.get(c.caseId())));
                lines.add("  evidence " + linked.stream().sorted().toList());
            }
            meetings.values().stream().sorted((a, b) -> a.heldOn().compareTo(b.heldOn()))
                    .forEach(m -> lines.add(m.heldOn() + " " + m.title() + " " + m.attendees() + " " + m.notes()));
            return lines;
        }
    }
}
