package org.repdesk.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.AttendanceTriggers;
import org.repdesk.model.WorkingPattern;
import org.repdesk.report.Brief.Count;
import org.repdesk.service.AbsenceService;
import org.repdesk.service.RepDesk;
import org.repdesk.store.BriefQueries.SicknessCase;

/** Counts a brief's sickness-absence cases by the main reason of the member's absence (issue 18). */
final class BriefAbsenceReasons {

    private BriefAbsenceReasons() {
    }

    static Brief.AbsenceReasons of(RepDesk desk, List<SicknessCase> cases, LocalDate briefEnds, int small) {
        if (desk.figuresOnly()) {
            // A casebook's reader gets figures, never members' absence records, which the reasons
            // are worked out from: the brief says so rather than counting them all as "none".
            return Brief.AbsenceReasons.withheldFrom(new Count(cases.size()), Phrase.of("absence.brief.withheld"));
        }
        return reasons(desk, cases, briefEnds, small);
    }

    private static Brief.AbsenceReasons reasons(RepDesk desk, List<SicknessCase> cases, LocalDate briefEnds, int small) {
        AbsenceService service = desk.absences();
        AttendanceTriggers calculator = service.calculator();
        Map<UUID, List<Absence>> absences = new HashMap<>();
        Map<UUID, WorkingPattern> patterns = new HashMap<>();
        Phrase none = Phrase.of("absence.brief.noneRecorded");
        Map<Phrase, Integer> counts = new LinkedHashMap<>();
        for (AbsenceReason r : AbsenceReason.values()) { // work-related stress first, the order
            counts.put(Phrase.label(r), 0);
        }
        counts.put(none, 0);
        int stress = 0;
        for (SicknessCase c : cases) {
            List<Absence> list = absences.computeIfAbsent(c.memberId(), service::ofMember);
            WorkingPattern pattern = patterns.computeIfAbsent(c.memberId(), service::pattern);
            LocalDate from = c.openedOn().minusMonths(12);
            LocalDate to = c.closedOn() != null && c.closedOn().isBefore(briefEnds) ? c.closedOn() : briefEnds;
            Map<AbsenceReason, Double> days = new HashMap<>();
            for (Absence a : list) {
                if (!a.lastDay().isBefore(from) && !a.firstDay().isAfter(to)) {
                    days.merge(a.reason(), calculator.daysLost(a, pattern), Double::sum);
                }
            }
            AbsenceReason main = days.entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Map.Entry.<AbsenceReason, Double>comparingByValue()
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey).orElse(null);
            counts.merge(main == null ? none : Phrase.label(main), 1, Integer::sum);
            if (main == AbsenceReason.WORK_RELATED_STRESS) {
                stress++;
            }
        }
        counts.values().removeIf(n -> n == 0);
        return new Brief.AbsenceReasons(new Count(cases.size()), new Count(stress),
                BriefBuilder.merge(counts, small, Phrase.of("absence.brief.otherReasons")));
    }
}
