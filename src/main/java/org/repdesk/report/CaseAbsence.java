package org.repdesk.report;

import java.util.List;
import java.util.Optional;
import org.repdesk.model.Absence;
import org.repdesk.model.AttendanceStrip;
import org.repdesk.model.AttendanceTriggers;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.WorkingPattern;
import org.repdesk.service.AbsenceService;

/** The absence record and the attendance calculation on a sickness-absence case's summary. */
public record CaseAbsence(WorkingPattern pattern, List<Absence> absences, AttendanceTriggers.Result result,
        AttendanceStrip strip) {

    /** For a sickness-absence case, its member's record calculated on {@code desk}'s today; empty otherwise. */
    public static Optional<CaseAbsence> of(AbsenceService service, CaseFile c) {
        if (c.type() != CaseType.SICKNESS_ABSENCE) {
            return Optional.empty();
        }
        WorkingPattern pattern = service.pattern(c.memberId());
        List<Absence> absences = service.ofMember(c.memberId());
        AttendanceTriggers calculator = service.calculator();
        AttendanceTriggers.Result r = calculator.on(service.today(), pattern, absences);
        return Optional.of(new CaseAbsence(pattern, absences, r, AttendanceStrip.of(calculator, pattern, absences, r)));
    }
}
