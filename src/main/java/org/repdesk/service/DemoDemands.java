package org.repdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.model.Priority;
import org.repdesk.model.ResponseChannel;
import org.repdesk.model.WorkingDays;
import org.repdesk.store.BulkStore;

/**
 * Sample content, not the app's wording (its literals are marked not for reps, and stay in English as
 * a rep's own entries would). The demo's demands log: the campaign bulletins' demands, three local ones, and most of a year of
 * negotiation with the employer up to today: a refusal by letter, three JNCC meetings with the
 * employer's answers, one demand partly agreed, several in discussion, a promise kept, one still to
 * fall due, and one overdue. Cases matching each demand's evidence rule are linked as evidence,
 * except those opened in the last {@link #UNLINKED_DAYS} days, which the app offers as suggestions.
 *
 * <p>The story is fixed so that every demo shows each state; the seed chooses the local demands and
 * moves the dates a little. Runs inside the caller's transaction.
 */
final class DemoDemands {

    /** Cases opened this recently are left for the rep to link, so suggestions show in the demo. */
    static final int UNLINKED_DAYS = 28;

    /** How much of the demands log was written. */
    record Result(int demands, int responses, int meetings, int links) {
    }

    private record LocalDemand(String title, String text, Priority priority, CaseType evidenceType,
            boolean needsFactor, String reply) {
    }

    /** A local demand as raised, with what the employer will say to it. */
    private record Raised(Demand demand, String reply) {
    }

    private static final String BRANCH = "Joint branch (Napo, UNISON and GMB/SCOOP)"; // not for reps
    private static final String EMPLOYER = "Deputy Regional Probation Director"; // not for reps
    private static final String HR = "Regional Head of HR"; // not for reps
    private static final String ATTENDEES = EMPLOYER + "; " + HR + "; Head of PDU (two PDUs);" // not for reps
            + " Napo, UNISON and GMB/SCOOP branch reps"; // not for reps

    private static final List<LocalDemand> LOCAL = List.of(
            new LocalDemand("Stress risk assessment before any capability meeting", // not for reps
                    "That no formal capability meeting is held until an individual stress risk assessment has been" // not for reps
                            + " completed with the member and its actions put in place.", // not for reps
                    Priority.HIGH, CaseType.CAPABILITY, false,
                    "HR will draft guidance asking managers to complete a stress risk assessment before a formal" // not for reps
                            + " capability meeting; not yet agreed that meetings wait for it."), // not for reps
            new LocalDemand("Reasonable adjustments agreed before any attendance warning", // not for reps
                    "That no written warning is given under the attendance policy while a reasonable adjustment" // not for reps
                            + " recommended by occupational health is still to be put in place.", // not for reps
                    Priority.HIGH, CaseType.SICKNESS_ABSENCE, false,
                    "Managers will be reminded that outstanding occupational health recommendations must be" // not for reps
                            + " considered before any warning; a joint audit of open cases is offered."), // not for reps
            new LocalDemand("Grievances heard within 20 working days", // not for reps
                    "That every grievance is heard within 20 working days of being raised, with an independent" // not for reps
                            + " manager where the grievance concerns the line manager.", // not for reps
                    Priority.MEDIUM, CaseType.GRIEVANCE, false,
                    "The employer accepts that grievances are taking too long and will report hearing times to" // not for reps
                            + " the JNCC each quarter."), // not for reps
            new LocalDemand("Protected facility time for branch reps", // not for reps
                    "That reps' facility time is taken off their WMT caseload in full and protected from" // not for reps
                            + " cancellation at short notice.", // not for reps
                    Priority.MEDIUM, null, false,
                    "Facility time will be recorded as a WMT reduction; cancellations need a Head of PDU's say-so."), // not for reps
            new LocalDemand("Caseload relief for PQiPs in their first year", // not for reps
                    "That trainee probation officers (PQiPs) in their first year hold no more than half a PO's" // not for reps
                            + " caseload, whatever the WMT says.", // not for reps
                    Priority.MEDIUM, CaseType.WORKLOAD_CONCERN, true,
                    "PQiP caseloads will be looked at PDU by PDU; no ceiling is agreed.")); // not for reps

    private final DemandService demands;
    private final BulkStore bulk;
    private final Random rnd;
    private final LocalDate today;
    private final WorkingDays workingDays = WorkingDays.englandAndWales();
    private int meetings;

    DemoDemands(DemandService demands, BulkStore bulk, Random rnd, LocalDate today) {
        this.demands = demands;
        this.bulk = bulk;
        this.rnd = rnd;
        this.today = today;
    }

    Result write() {
        int added = CampaignBulletins.load(demands);

        // Most of a year of negotiation, starting after Bulletin 3 (clamped when "today" is close to it).
        LocalDate start = later(CampaignBulletins.BULLETIN_3.plusDays(21), today.minusDays(300));
        if (start.isAfter(today.minusDays(90))) {
            start = today.minusDays(90);
        }
        List<LocalDemand> pool = new ArrayList<>(LOCAL);
        Collections.shuffle(pool, rnd);
        List<Raised> local = new ArrayList<>();
        for (LocalDemand l : pool.subList(0, 3)) {
            Demand d = Demand.raise(l.title(), l.text(), DemandKind.LOCAL_DEMAND, BRANCH,
                    workday(start.plusDays(rnd.nextInt(15))), l.priority())
                    .withEvidenceRule(l.evidenceType(), l.needsFactor());
            local.add(new Raised(demands.raise(d), l.reply()));
            added++;
        }
        LocalDate firstMeeting = workday(start.plusDays(25 + rnd.nextInt(10)));
        LocalDate letter = workday(firstMeeting.plusDays(20 + rnd.nextInt(10)));
        LocalDate email = workday(firstMeeting.plusDays(36 + rnd.nextInt(7)));
        LocalDate secondMeeting = workday(firstMeeting.plusDays((today.toEpochDay() - firstMeeting.toEpochDay()) / 2
                - 5 + rnd.nextInt(10)));
        LocalDate thirdMeeting = workday(today.minusDays(14 + rnd.nextInt(10)));

        Demand suspendCapability = bulletin("urgent-5");
        Demand maxCaseload = bulletin("urgent-4");
        Demand staffingData = bulletin("bulletin3-staffing-data");
        Demand workloadReduction = bulletin("aim-1");
        Demand overtime = bulletin("urgent-7");
        Demand sicknessAbsence = bulletin("urgent-6");
        Demand wmt = bulletin("urgent-3");
        Demand demandStrategy = bulletin("urgent-9");
        Demand employeeCare = bulletin("aim-5");

        meeting(firstMeeting, "Regional JNCC: workloads and Operation Protect", // not for reps
                "The unions presented the Operation Protect demands and the branch's local demands, with anonymised" // not for reps
                        + " case evidence. The employer asked for the capability cases where workload is a factor.", // not for reps
                List.of(suspendCapability, maxCaseload, staffingData, workloadReduction, local.get(0).demand()),
                List.of(answer(suspendCapability, "Capability proceedings will be looked at case by case where the" // not for reps
                        + " member's workload is evidenced; the unions to send the cases within two weeks.", // not for reps
                        DemandStatus.IN_DISCUSSION, firstMeeting.plusDays(14)),
                        answer(maxCaseload, "Willing to model a caseload ceiling with the unions; no figure offered.", // not for reps
                                DemandStatus.IN_DISCUSSION, null),
                        answer(staffingData, "The Sentence Management staffing data will be shared with the JNCC" // not for reps
                                + " within four weeks.", DemandStatus.IN_DISCUSSION, firstMeeting.plusDays(28)), // not for reps
                        answer(local.get(0).demand(), local.get(0).reply(), DemandStatus.IN_DISCUSSION, null)));
        // The unions sent the cases, and the employer did look at them: that promise was kept.
        demands.responses(suspendCapability.id()).stream().filter(r -> r.promisedBy() != null)
                .forEach(r -> demands.setPromiseKept(r.id(), true));

        demands.recordResponse(EmployerResponse.of(workloadReduction.id(), letter, "The Regional Director's letter: workload relief" // not for reps
                + " will come through the Our Future Probation Service programme; the unions' proposals will not" // not for reps
                + " be progressed.", "Regional Probation Director", ResponseChannel.LETTER, DemandStatus.REFUSED, // not for reps
                null, null));
        demands.recordResponse(EmployerResponse.of(staffingData.id(), email, "HR: the data is with the national team for" // not for reps
                + " clearance; no change to the date given at the JNCC.", HR, ResponseChannel.EMAIL, null, null, // not for reps
                null));
        demands.changeStatus(demandStrategy.id(), DemandStatus.IN_DISCUSSION, workday(secondMeeting.minusDays(7)),
                "Put on the JNCC agenda at the unions' request; the employer agreed to a working group."); // not for reps

        meeting(secondMeeting, "Regional JNCC: attendance, overtime and local demands", // not for reps
                "Overtime and attendance management. The unions gave the rising count of sickness absence cases" // not for reps
                        + " where workload is a factor.", // not for reps
                List.of(overtime, sicknessAbsence, suspendCapability, employeeCare, local.get(1).demand()),
                List.of(answer(overtime, "Overtime arrangements extended for six months, with a review before they" // not for reps
                        + " end; no indefinite extension.", DemandStatus.PARTLY_AGREED, null), // not for reps
                        answer(sicknessAbsence, "Managers reminded to use their discretion not to warn where workload" // not for reps
                                + " is a factor; proceedings will not be suspended.", DemandStatus.IN_DISCUSSION, // not for reps
                                null),
                        answer(local.get(1).demand(), local.get(1).reply(), DemandStatus.IN_DISCUSSION,
                                today.plusDays(14 + rnd.nextInt(21)))));

        meeting(thirdMeeting, "Regional JNCC: caseloads and the WMT", // not for reps
                "Caseloads and the WMT. The staffing data promised at the first meeting has still not been shared.", // not for reps
                List.of(maxCaseload, wmt, staffingData, local.get(2).demand()),
                List.of(answer(maxCaseload, "A draft caseload guide was tabled; the unions said a guide is a target," // not for reps
                        + " not a limit.", null, null), // not for reps
                        answer(wmt, "The WMT stays the measure of workload; a review of the points for court work is" // not for reps
                                + " under way.", DemandStatus.IN_DISCUSSION, null), // not for reps
                        answer(staffingData, "The data is still with the national team; no new date given.", null, // not for reps
                                null),
                        answer(local.get(2).demand(), local.get(2).reply(), DemandStatus.IN_DISCUSSION, null)));

        int links = 0;
        LocalDate linkedBefore = today.minusDays(UNLINKED_DAYS);
        for (Demand d : demands.all()) {
            links += bulk.linkEvidence(d, linkedBefore);
        }
        int responses = 0;
        for (Demand d : demands.all()) {
            responses += demands.responses(d.id()).size();
        }
        return new Result(added, responses, meetings, links);
    }

    private Demand bulletin(String key) {
        return demands.bySourceKey(key).orElseThrow();
    }

    /** What the employer said at a meeting; recordMeeting dates it and ties it to the meeting. */
    private static EmployerResponse answer(Demand d, String said, DemandStatus newStatus, LocalDate promisedBy) {
        return EmployerResponse.of(d.id(), null, said, EMPLOYER, ResponseChannel.MEETING, newStatus, promisedBy,
                null);
    }

    private void meeting(LocalDate on, String title, String notes, List<Demand> discussed,
            List<EmployerResponse> answers) {
        demands.recordMeeting(NegotiationMeeting.of(on, title, ATTENDEES, notes),
                discussed.stream().map(Demand::id).toList(), answers);
        meetings++;
    }

    /** The working day on or after {@code d}, but never after today. */
    private LocalDate workday(LocalDate d) {
        LocalDate day = d;
        while (!workingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.isAfter(today) ? today : day;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
