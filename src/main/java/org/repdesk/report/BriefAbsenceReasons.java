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
import org.repdesk.store.BriefQueries;

/** Counts a brief's sickness-absence cases by the main reason of the member's absence (issue 18). */
final class BriefAbsenceReasons {

    private BriefAbsenceReasons() {
    }

    /**
     * {@code sicknessCases} is how many sickness-absence cases are in scope ({@link BriefQueries#sicknessCaseCount}),
     * asked for once the cases with absences are counted: on a casebook it is read on the brief's second connection.
     */
    static Brief.AbsenceReasons of(RepDesk desk, BriefQueries.Filter filter, LocalDate briefEnds, int small,
            java.util.function.Supplier<Integer> sicknessCases) {
        if (desk.figuresOnly()) {
            // A casebook's reader gets figures, never members' absence records, which the reasons
            // are worked out from: the brief says so rather than counting them all as "none".
            return Brief.AbsenceReasons.withheldFrom(new Count(sicknessCases.get()), Phrase.of("absence.brief.withheld"));
        }
        return reasons(desk, filter, sicknessCases, briefEnds, small);
    }

    /**
     * A case's main reason is the one with the most days lost in the twelve months before it opened
     * until it closed (or the brief's end). Only the cases of members with an absence on file are
     * read, a member's together, so one member's absences and pattern are held at a time; every
     * other case has no reason recorded.
     */
    private static Brief.AbsenceReasons reasons(RepDesk desk, BriefQueries.Filter filter,
            java.util.function.Supplier<Integer> sicknessCases, LocalDate briefEnds, int small) {
        AbsenceService service = desk.absences();
        AttendanceTriggers calculator = service.calculator();
        Phrase none = Phrase.of("absence.brief.noneRecorded");
        Map<Phrase, Integer> counts = new LinkedHashMap<>();
        for (AbsenceReason r : AbsenceReason.values()) { // work-related stress first, the order
            counts.put(Phrase.label(r), 0);
        }
        counts.put(none, 0);
        Member current = new Member();
        desk.briefQueries().forEachSicknessCaseWithAbsences(filter, c -> {
            if (!c.memberId().equals(current.id)) {
                current.id = c.memberId();
                current.absences = service.ofMember(c.memberId());
                current.pattern = service.pattern(c.memberId());
            }
            LocalDate from = c.openedOn().minusMonths(12);
            LocalDate to = c.closedOn() != null && c.closedOn().isBefore(briefEnds) ? c.closedOn() : briefEnds;
            Map<AbsenceReason, Double> days = new HashMap<>();
            for (Absence a : current.absences) {
                if (!a.lastDay().isBefore(from) && !a.firstDay().isAfter(to)) {
                    days.merge(a.reason(), calculator.daysLost(a, current.pattern), Double::sum);
                }
            }
            days.entrySet().stream().filter(e -> e.getValue() > 0)
                    .max(Map.Entry.<AbsenceReason, Double>comparingByValue()
                            .thenComparing(e -> -e.getKey().ordinal()))
                    .map(Map.Entry::getKey)
                    .ifPresent(main -> counts.merge(Phrase.label(main), 1, Integer::sum));
        });
        int withReason = counts.values().stream().mapToInt(Integer::intValue).sum();
        int cases = sicknessCases.get();
        // Never below none: the count and the cases with a reason are read in two statements (on a casebook on
        // two connections), so a sickness case deleted or retyped between them could make it so.
        counts.put(none, Math.max(0, cases - withReason));
        int stress = counts.get(Phrase.label(AbsenceReason.WORK_RELATED_STRESS));
        counts.values().removeIf(n -> n == 0);
        return new Brief.AbsenceReasons(new Count(cases), new Count(stress), new Count(withReason),
                BriefBuilder.merge(counts, small, Phrase.of("absence.brief.otherReasons")));
    }

    /** The member whose cases are being counted, with their absences and working pattern. */
    private static final class Member {
        private UUID id;
        private List<Absence> absences;
        private WorkingPattern pattern;
    }
}
