package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.Member;
import org.repdesk.model.Priority;
import org.repdesk.report.Brief;
import org.repdesk.report.BriefBuilder;
import org.repdesk.report.BriefScope;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/**
 * A brief's "cases linked as evidence" for each demand: on a branch casebook counted for every demand
 * at once, each login counting the linked cases it may see that were open in the brief's period (an
 * officer and a reader the branch's, a rep their own), as a data file counts them a demand at a time.
 */
class BriefLinkedCasesByLoginTest {

    private static final BriefScope THIS_YEAR = BriefScope.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    private CasebookAddress casebook;
    private Demand caseload;
    private Demand travel;
    private Demand unlinked;

    @BeforeEach
    void threeDemandsLinkedToRachelsAndRobsCases() {
        casebook = TestCasebooks.fresh();
        CaseFile rachelsOpen = caseOpenedBy(TestCasebooks.REP, "Siân Jones", false);
        CaseFile rachelsClosedLastYear = caseOpenedBy(TestCasebooks.REP, "Dafydd Ellis", true);
        CaseFile robs = caseOpenedBy(TestCasebooks.OTHER_REP, "Łukasz Nowak", false);
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            caseload = raise(olive, "Maximum caseload");
            travel = raise(olive, "Travel time");
            unlinked = raise(olive, "Lone working");
            olive.demands().linkCases(caseload.id(), List.of(rachelsOpen.id(), robs.id(), rachelsClosedLastYear.id()));
            olive.demands().linkCases(travel.id(), List.of(rachelsOpen.id()));
        }
    }

    private RepDesk deskAs(String login) {
        return new RepDesk(TestCasebooks.open(casebook, login), TestDesk.fixedClock());
    }

    private CaseFile caseOpenedBy(String login, String memberName, boolean closedLastYear) {
        try (RepDesk desk = deskAs(login)) {
            Member m = desk.members().save(aMember().named(memberName).build());
            return desk.cases().open(closedLastYear ? aCase(m).openedOn(LocalDate.of(2025, 3, 3))
                    .status(CaseStatus.CLOSED).closed(LocalDate.of(2025, 6, 30), "Withdrawn").build() : aCase(m).build());
        }
    }

    private static Demand raise(RepDesk desk, String title) {
        return desk.demands().raise(Demand.raise(title, title, DemandKind.LOCAL_DEMAND, "Branch",
                LocalDate.of(2026, 1, 5), Priority.HIGH));
    }

    /** Each demand's linked cases in the brief's period, by title, as the login's brief counts them. */
    private Map<String, Integer> linkedAs(RepDesk desk) {
        Brief brief = new BriefBuilder(desk).build(THIS_YEAR.withDemands(List.of(caseload.id(), travel.id(),
                unlinked.id())), "Test");
        Map<String, Integer> linked = new LinkedHashMap<>();
        brief.demands().forEach(d -> linked.put(d.demand().title(), d.linkedCasesInScope().value()));
        return linked;
    }

    /** Each demand's linked cases as the demands board shows them, by title. */
    private static Map<String, Integer> boardCounts(RepDesk desk) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        desk.demands().summaries().forEach(s -> counts.put(s.demand().title(), s.linkedCases()));
        return counts;
    }

    @Test
    void eachLoginCountsTheLinkedCasesItMaySeeOpenInThePeriod() {
        Map<String, Integer> branch = Map.of("Maximum caseload", 2, "Travel time", 1, "Lone working", 0);
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            assertEquals(branch, linkedAs(olive), "an officer counts the branch's");
        }
        try (RepDesk nina = deskAs(TestCasebooks.READER)) {
            assertEquals(branch, linkedAs(nina), "a reader counts the branch's, from the figures' views");
        }
        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            assertEquals(Map.of("Maximum caseload", 1, "Travel time", 1, "Lone working", 0), linkedAs(rachel),
                    "a rep counts their own");
        }
        try (RepDesk rob = deskAs(TestCasebooks.OTHER_REP)) {
            assertEquals(Map.of("Maximum caseload", 1, "Travel time", 0, "Lone working", 0), linkedAs(rob));
        }
    }

    @Test
    void aDemandsEvidenceIsCountedOpenAndClosedOnACasebookToo() {
        // Every link, whatever the period: Rachel's and Rob's open cases and Rachel's case closed last year.
        try (RepDesk olive = deskAs(TestCasebooks.OFFICER)) {
            org.repdesk.model.EvidenceCounts counts = olive.demands().evidenceCounts(caseload.id());
            assertEquals(List.of(3, 2, 1), List.of(counts.total(), counts.open(), counts.closed()));
        }
        try (RepDesk rachel = deskAs(TestCasebooks.REP)) {
            org.repdesk.model.EvidenceCounts counts = rachel.demands().evidenceCounts(caseload.id());
            assertEquals(List.of(2, 1, 1), List.of(counts.total(), counts.open(), counts.closed()), "her own two");
            assertEquals(Map.of("Maximum caseload", 2, "Travel time", 1, "Lone working", 0), boardCounts(rachel));
        }
        try (RepDesk nina = deskAs(TestCasebooks.READER)) {
            org.repdesk.model.EvidenceCounts counts = nina.demands().evidenceCounts(caseload.id());
            assertEquals(List.of(3, 2, 1), List.of(counts.total(), counts.open(), counts.closed()), "from the figures' views");
            assertEquals(Map.of("Maximum caseload", 3, "Travel time", 1, "Lone working", 0), boardCounts(nina));
        }
    }

    @Test
    void everyDemandsEvidenceReadAtOnceIsEachDemandsReadAlone() {
        List<java.util.UUID> ids = List.of(caseload.id(), travel.id(), unlinked.id());
        for (String login : List.of(TestCasebooks.OFFICER, TestCasebooks.REP, TestCasebooks.OTHER_REP, TestCasebooks.READER)) {
            try (RepDesk desk = deskAs(login)) {
                assertEquals(ids.stream().map(desk.demands()::evidenceCounts).toList(),
                        List.copyOf(desk.demands().evidenceCounts(ids).values()), login);
            }
        }
    }

    @Test
    void aDataFileCountsTheSameDemandByDemand(@TempDir Path dir) {
        try (RepDesk desk = TestDesk.open(dir)) {
            Member siân = desk.members().save(aMember().named("Siân Jones").build());
            Member dafydd = desk.members().save(aMember().named("Dafydd Ellis").build());
            CaseFile open = desk.cases().open(aCase(siân).build());
            CaseFile closed = desk.cases().open(aCase(dafydd).openedOn(LocalDate.of(2025, 3, 3))
                    .status(CaseStatus.CLOSED).closed(LocalDate.of(2025, 6, 30), "Withdrawn").build());
            caseload = raise(desk, "Maximum caseload");
            travel = raise(desk, "Travel time");
            unlinked = raise(desk, "Lone working");
            desk.demands().linkCases(caseload.id(), List.of(open.id(), closed.id()));
            desk.demands().linkCases(travel.id(), List.of(open.id()));
            assertEquals(Map.of("Maximum caseload", 1, "Travel time", 1, "Lone working", 0), linkedAs(desk));
        }
    }
}
