package org.repdesk.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Reckoning;
import org.repdesk.model.WorkingDays;
import org.repdesk.store.CaseStore;
import org.repdesk.store.Database;
import org.repdesk.store.DeadlineStore;
import org.repdesk.store.HearingStore;

/**
 * Deadlines with what goes with them: a hearing's time, place and people, and how a date was
 * worked out. Adding and editing both go through {@link #save}, so a deadline can be corrected,
 * not only deleted; and {@link #dueSoon} is what the rep is told at start and on the dashboard.
 */
public final class HearingService {

    /** A deadline with its hearing details and reckoning, when it has them. */
    public record Scheduled(Deadline deadline, Optional<Hearing> hearing, Optional<Reckoning> reckoning) {
    }

    /** Something due soon, with its case's reference (never the member's name: it is said aloud at start). */
    public record DueSoon(Deadline deadline, String caseReference, Optional<Hearing> hearing) {
    }

    /** Working days ahead that "due soon" looks: today, and the next two working days. */
    public static final int SOON_WORKING_DAYS = 2;

    private final Database db;
    private final DeadlineStore deadlines;
    private final HearingStore hearings;
    private final CaseStore cases;
    private final AuditTrail audit;
    private final WorkingDays workingDays = WorkingDays.englandAndWales();
    private final java.time.Clock clock;

    HearingService(Database db, java.time.Clock clock, AuditTrail audit) {
        this.db = db;
        this.clock = clock;
        this.deadlines = new DeadlineStore(db);
        this.hearings = new HearingStore(db);
        this.cases = new CaseStore(db);
        this.audit = audit;
    }

    /**
     * Adds or corrects a deadline, with its hearing details (only for a hearing) and how its date
     * was worked out (none when it was given as a date), all in one transaction.
     */
    public Scheduled save(Deadline deadline, Optional<Hearing> hearing, Optional<Reckoning> reckoning) {
        Optional<Hearing> details = deadline.hearing() ? hearing.map(Hearing::tidied)
                .map(h -> h.forDeadline(deadline.id())) : Optional.empty();
        java.util.List<String> problems = new java.util.ArrayList<>(deadline.problems());
        details.ifPresent(h -> problems.addAll(h.problems()));
        reckoning.ifPresent(r -> {
            if (!r.dueOn(workingDays).equals(deadline.dueOn())) {
                problems.add(Messages.text("papers.error.reckoning", Map.of("sum", r.describe())));
            }
        });
        ValidationException.throwIfAny(problems);
        Optional<Reckoning> sum = reckoning.map(r -> new Reckoning(deadline.id(), r.from(), r.workingDays()));
        return db.write(c -> {
            Optional<Deadline> before = deadlines.byId(deadline.id());
            CaseFile caseFile = cases.byId(deadline.caseId()).orElseThrow(() ->
                    new ValidationException(List.of(Messages.text("papers.error.no-case"))));
            AuditTrail.Subject subject = new AuditTrail.Subject(AuditEntry.Kind.DEADLINE, deadline.id(),
                    caseFile.reference(), caseFile.memberId(), caseFile.id());
            if (before.isEmpty()) {
                deadlines.insert(deadline);
                audit.created(subject);
            } else {
                deadlines.update(deadline);
                Deadline b = before.get();
                // not for reps
                audit.changed(subject, AuditTrail.fields().put("due on", b.dueOn()).text("what is due", b.description())
                        .put("hearing", b.hearing()).put("done", b.done()), AuditTrail.fields().put("due on", deadline.dueOn()) // not for reps
                        .text("what is due", deadline.description()).put("hearing", deadline.hearing()) // not for reps
                        .put("done", deadline.done()));
            }
            hearings.saveHearing(deadline.id(), details);
            hearings.saveReckoning(deadline.id(), sum);
            return new Scheduled(deadline, details.filter(h -> !h.isEmpty()), sum);
        });
    }

    /** A case's deadlines, soonest first, each with its hearing details and reckoning. */
    public List<Scheduled> ofCase(UUID caseId) {
        Map<UUID, Hearing> h = hearings.hearingsOfCase(caseId);
        Map<UUID, Reckoning> r = hearings.reckoningsOfCase(caseId);
        return deadlines.ofCase(caseId).stream()
                .map(d -> new Scheduled(d, Optional.ofNullable(h.get(d.id())), Optional.ofNullable(r.get(d.id()))))
                .toList();
    }

    /**
     * Each deadline not done, due from {@code from} to {@code to} (null: no bound), of one case or
     * (null) every case, soonest first, with its case's reference, member's name and details, handed
     * over as read (for the calendar: never all held).
     */
    public void forEachForCalendar(LocalDate from, LocalDate to, UUID caseId,
            org.repdesk.store.EachRow<HearingStore.ForCalendar> each) throws java.io.IOException {
        hearings.forEachForCalendar(from, to, caseId, each);
    }

    public Optional<Hearing> hearing(UUID deadlineId) {
        return hearings.hearing(deadlineId);
    }

    /** The last day "due soon" reaches: the second working day after today. */
    public LocalDate soonUntil() {
        return workingDays.after(LocalDate.now(clock), SOON_WORKING_DAYS);
    }

    /**
     * What falls due from today to the end of the next two working days, on cases still open, not
     * yet done: soonest first, hearings by their start time.
     */
    public List<DueSoon> dueSoon() {
        return hearings.dueBetween(LocalDate.now(clock), soonUntil()).stream()
                .map(d -> new DueSoon(d.deadline(), d.caseReference(), d.hearing()))
                .sorted(Comparator.comparing((DueSoon s) -> s.deadline().dueOn())
                        .thenComparing(s -> s.hearing().map(Hearing::startsAt).orElse(null),
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** One plain line per item: "Thu 10/12 at 10:00 · 2026-0053 · Hearing: Stage 2 · Meeting Room 3". */
    public static String describe(DueSoon s) {
        Deadline d = s.deadline();
        String day = d.dueOn().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Messages.language())
                + String.format(" %02d/%02d", d.dueOn().getDayOfMonth(), d.dueOn().getMonthValue());
        String time = s.hearing().map(Hearing::startsAt).map(t -> " " + Messages.text("papers.soon.at", Map.of("time", t.toString())))
                .orElse("");
        String place = s.hearing().map(Hearing::place).map(p -> " · " + p).orElse("");
        return day + time + " · " + s.caseReference() + " · " + d.label() + place;
    }
}
