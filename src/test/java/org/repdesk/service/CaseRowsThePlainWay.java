package org.repdesk.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;

/**
 * The cases export's rows put together from every case, member and deadline the desk can read, in
 * reference order, as Java reads them: what the streamed exports (file or casebook, CSV or JSON) must
 * write byte for byte.
 */
final class CaseRowsThePlainWay {

    private CaseRowsThePlainWay() {
    }

    static List<Exporter.CaseRow> of(RepDesk desk) {
        Map<UUID, Member> members = desk.members().all().stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Map<UUID, LocalDate> next = new HashMap<>();
        for (Deadline d : desk.cases().allDeadlines()) {
            if (!d.done()) {
                next.merge(d.caseId(), d.dueOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return desk.cases().all().stream().sorted(Comparator.comparing(CaseFile::reference)).map(c -> {
            Member m = members.get(c.memberId());
            return new Exporter.CaseRow(c.reference(), m.membershipNumber(), m.name(), c.type().label(),
                    c.status().label(), c.stage(), c.openedOn(), c.closedOn(), c.manager(), c.outcome(),
                    c.workloadFactor().label(), c.workloadAccount(),
                    c.status() == CaseStatus.CLOSED ? null : next.get(c.id()));
        }).toList();
    }
}
