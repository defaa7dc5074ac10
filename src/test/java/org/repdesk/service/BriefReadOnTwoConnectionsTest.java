package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.repdesk.model.CaseType;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.Member;
import org.repdesk.model.WorkloadFactor;
import org.repdesk.report.Brief;
import org.repdesk.report.BriefBuilder;
import org.repdesk.report.BriefScope;
import org.repdesk.store.Database;
import org.repdesk.testing.TestCasebooks;
import org.repdesk.testing.TestDesk;

/**
 * A casebook's brief reads its figures on two connections of the login (BriefQueries.beside): the caller's
 * reads the totals, the evidence cube and the four-week run; the second the linked cases, the latest
 * capacities, the months and the sickness-absence count, so that both take about as long. Told apart here by
 * a temporary view, which only the session that made it sees: on the caller's connection brief_case is empty.
 */
class BriefReadOnTwoConnectionsTest {

    @Test
    void anOfficersBriefReadsTheMonthsAndTheSicknessCountOnItsSecondConnection() {
        CasebookAddress casebook = TestCasebooks.fresh();
        try (RepDesk rachel = new RepDesk(TestCasebooks.open(casebook, TestCasebooks.REP), TestDesk.fixedClock())) {
            Member m = rachel.members().save(aMember().named("Siân Jones").build());
            rachel.cases().open(aCase(m).type(CaseType.SICKNESS_ABSENCE, "Stage 1").workload(WorkloadFactor.YES)
                    .openedOn(LocalDate.of(2026, 3, 2)).build());
        }
        Database officers = TestCasebooks.open(casebook, TestCasebooks.OFFICER);
        try (RepDesk olive = new RepDesk(officers, TestDesk.fixedClock())) {
            officers.read(c -> {
                try (var st = c.createStatement()) {
                    st.execute("CREATE TEMPORARY VIEW brief_case AS SELECT * FROM public.brief_case WHERE false");
                }
                return null;
            });
            Brief brief = new BriefBuilder(olive).build(BriefScope.of(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31)), "Test");
            Brief.Evidence e = brief.evidence();
            assertEquals(0, e.casesInScope().value(), "the totals on the caller's connection, which sees no case");
            assertEquals(1, e.absenceReasons().cases().value(), "the sickness-absence count on the second");
            assertEquals(1, e.trend().stream().mapToInt(t -> t.sickness().value()).sum(), "the months on the second");
        }
    }
}
