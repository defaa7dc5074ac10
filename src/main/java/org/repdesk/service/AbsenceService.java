package org.repdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Absence;
import org.repdesk.model.AttendanceTriggers;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.AutomaticEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.TimelineEvent;
import org.repdesk.model.WorkingPattern;
import org.repdesk.store.AbsenceStore;
import org.repdesk.store.CaseStore;
import org.repdesk.store.Database;
import org.repdesk.store.MemberStore;
import org.repdesk.store.TimelineStore;

/**
 * A member's sickness-absence record, their working pattern, and the attendance trigger calculator
 * over them. Every change is audited, and noted on the timeline of the member's open
 * sickness-absence cases, so the case shows when the record the rep argues from changed.
 */
public final class AbsenceService {

    private final Database db;
    private final AbsenceStore absences;
    private final MemberStore members;
    private final CaseStore cases;
    private final TimelineStore timeline;
    private final SettingsService settings;
    private final AuditTrail audit;
    private final Clock clock;

    public AbsenceService(Database db, SettingsService settings, AuditTrail audit, Clock clock) {
        this.db = db;
        this.absences = new AbsenceStore(db);
        this.members = new MemberStore(db);
        this.cases = new CaseStore(db);
        this.timeline = new TimelineStore(db);
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    static AuditTrail.Subject subject(Absence a) {
        return new AuditTrail.Subject(AuditEntry.Kind.ABSENCE, a.id(), String.valueOf(a.firstDay()), a.memberId(), null);
    }

    private static AuditTrail.Fields fields(Absence a) {
        // The audit trail's field names are stored as data: the same whatever language wrote them.
        return AuditTrail.fields().put("first day", a.firstDay()).put("last day", a.lastDay()).put("hours", a.hours()) // not for reps
                .put("reason", a.reason().name()).put("disability-related", a.disabilityRelated())
                .put("pregnancy-related", a.pregnancyRelated()).put("work-related", a.workRelated())
                .put("fit note", a.fitNote()); // not for reps
    }

    private static AuditTrail.Fields fields(WorkingPattern p) {
        return AuditTrail.fields().put("weekdays", p.days().stream().sorted().toList()).put("hours per week", // not for reps
                p.hoursPerWeek()).put("warning on", p.warningOn()); // not for reps
    }

    /** The member's working pattern: as recorded, or Monday to Friday at their contracted (else full-time) hours. */
    public WorkingPattern pattern(UUID memberId) {
        return absences.pattern(memberId).orElseGet(() -> {
            Double contracted = members.byId(memberId).map(Member::contractedHours).orElse(null);
            return WorkingPattern.fullTime(memberId, contracted != null ? contracted : settings.attendance().fullTimeHours());
        });
    }

    /** Whether the rep has recorded the member's own pattern (rather than the assumed full-time week). */
    public boolean hasOwnPattern(UUID memberId) {
        return absences.pattern(memberId).isPresent();
    }

    public WorkingPattern savePattern(WorkingPattern pattern) {
        ValidationException.throwIfAny(pattern.problems());
        return db.write(c -> {
            Optional<WorkingPattern> before = absences.pattern(pattern.memberId());
            absences.savePattern(pattern);
            AuditTrail.Subject s = new AuditTrail.Subject(AuditEntry.Kind.WORKING_PATTERN, pattern.memberId(),
                    null, pattern.memberId(), null);
            if (before.isEmpty()) {
                audit.created(s);
            } else {
                audit.changed(s, fields(before.get()), fields(pattern));
            }
            noteOnCases(pattern.memberId(), AutomaticEntry.workingPatternChanged());
            return pattern;
        });
    }

    public List<Absence> ofMember(UUID memberId) {
        return absences.ofMember(memberId);
    }

    /** Every absence on file (the brief counts cases by reason from them). */
    public List<Absence> all() {
        return absences.all();
    }

    /** Records an absence; refused (ValidationException) when it is wrong or overlaps one already recorded. */
    public Absence add(Absence absence) {
        return db.write(c -> {
            check(absence, null);
            absences.insertAll(List.of(absence));
            audit.created(subject(absence));
            noteOnCases(absence.memberId(), AutomaticEntry.absence(TimelineEvent.ABSENCE_RECORDED, absence));
            return absence;
        });
    }

    public Absence edit(Absence absence) {
        return db.write(c -> {
            Absence before = absences.byId(absence.id()).orElseThrow(() -> new ValidationException(
                    List.of(Messages.text("absence.problem.gone"))));
            check(absence, absence.id());
            absences.update(absence);
            audit.changed(subject(absence), fields(before), fields(absence));
            noteOnCases(absence.memberId(), AutomaticEntry.absence(TimelineEvent.ABSENCE_CHANGED, absence));
            return absence;
        });
    }

    public void delete(UUID absenceId) {
        db.write(c -> {
            absences.byId(absenceId).ifPresent(a -> {
                absences.delete(absenceId);
                audit.deleted(subject(a));
                noteOnCases(a.memberId(), AutomaticEntry.absence(TimelineEvent.ABSENCE_DELETED, a));
            });
            return null;
        });
    }

    /** The attendance calculation on {@code on}; {@code warningOn}, when given, stands for the recorded warning. */
    public AttendanceTriggers.Result triggers(UUID memberId, LocalDate on, Optional<LocalDate> warningOn) {
        WorkingPattern p = pattern(memberId);
        if (warningOn.isPresent()) {
            p = p.withWarningOn(warningOn.get());
        }
        return calculator().on(on, p, absences.ofMember(memberId));
    }

    public AttendanceTriggers calculator() {
        return AttendanceTriggers.englandAndWales(settings.attendance());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The CSV importer for absences (all or nothing). */
    public AbsenceImport importer() {
        return new AbsenceImport(this);
    }

    // --- used by the importer, inside its transaction ---

    Database database() {
        return db;
    }

    Optional<Member> memberByNumber(String number) {
        return members.byMembershipNumber(number);
    }

    void insertImported(List<Absence> added) {
        absences.insertAll(added);
        audit.createdAll(added.stream().map(AbsenceService::subject).toList());
        added.stream().map(Absence::memberId).distinct().forEach(m -> noteOnCases(m,
                AutomaticEntry.absencesImported(added.stream().filter(a -> a.memberId().equals(m)).count())));
    }

    /** Problems with {@code absence} against the member's pattern and their other absences (not {@code self}). */
    List<String> problemsOf(Absence absence, UUID self, List<Absence> others) {
        List<String> problems = new ArrayList<>(absence.problems(pattern(absence.memberId())));
        if (problems.isEmpty()) {
            for (Absence other : others) {
                if (!other.id().equals(self) && other.overlaps(absence)) {
                    problems.add(Messages.text("absence.problem.overlaps", Map.of("first", other.firstDay().toString(),
                            "last", other.lastDay().toString())));
                    break;
                }
            }
        }
        return problems;
    }

    private void check(Absence absence, UUID self) {
        if (absence.memberId() == null || members.byId(absence.memberId()).isEmpty()) {
            throw new ValidationException(List.of(Messages.text("absence.problem.noMember")));
        }
        ValidationException.throwIfAny(problemsOf(absence, self, absences.ofMember(absence.memberId())));
    }

    private void noteOnCases(UUID memberId, AutomaticEntry what) {
        LocalDate today = today();
        for (CaseFile cf : cases.ofMember(memberId)) {
            if (cf.type() == CaseType.SICKNESS_ABSENCE && !cf.isClosed()) {
                TimelineEntry e = TimelineEntry.automatic(cf.id(), today, EntryKind.ABSENCE_RECORD, what, null);
                timeline.insert(e);
                audit.created(new AuditTrail.Subject(AuditEntry.Kind.TIMELINE_ENTRY, e.id(), cf.reference(), memberId,
                        cf.id()));
            }
        }
    }
}
