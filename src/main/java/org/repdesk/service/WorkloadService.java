package org.repdesk.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.CapacityCalculator;
import org.repdesk.model.ExcessiveWorkload;
import org.repdesk.model.Grade;
import org.repdesk.model.WmtSettings;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.model.AuditEntry;
import org.repdesk.store.Database;
import org.repdesk.store.WorkloadStore;

/** Members' workload evidence and the WMT capacity calculator. */
public final class WorkloadService {

    private final Database db;
    private final WorkloadStore records;
    private final SettingsService settings;
    private final AuditTrail audit;

    public WorkloadService(Database db, WorkloadStore records, SettingsService settings, AuditTrail audit) {
        this.db = db;
        this.records = records;
        this.settings = settings;
        this.audit = audit;
    }

    /** A workload record in the audit trail: referred to by its date (it has no reference of its own). */
    static AuditTrail.Subject subject(WorkloadRecord r) {
        return new AuditTrail.Subject(AuditEntry.Kind.WORKLOAD_RECORD, r.id(), String.valueOf(r.recordedOn()),
                r.memberId(), null);
    }

    /** The WMT result for one set of figures. */
    public record Capacity(int availablePoints, Double capacityPercent) {
    }

    public Capacity capacity(Grade grade, Double contractedHours, double reductionHours, double workloadPoints,
            Double nominalTarget) {
        return capacity(settings.wmt(), grade, contractedHours, reductionHours, workloadPoints, nominalTarget);
    }

    /**
     * The employer's formula with the region's WMT figures already read: no store call, so the
     * calculator can answer each keystroke on the FX thread.
     */
    public static Capacity capacity(org.repdesk.model.WmtSettings wmt, Grade grade, Double contractedHours,
            double reductionHours, double workloadPoints, Double nominalTarget) {
        CapacityCalculator calc = new CapacityCalculator(wmt);
        int available = nominalTarget == null
                ? calc.availablePoints(grade, contractedHours, reductionHours)
                : calc.availablePoints(grade, contractedHours, reductionHours, nominalTarget);
        return new Capacity(available, calc.capacityPercent(workloadPoints, available));
    }

    public WorkloadRecord add(WorkloadRecord record) {
        ValidationException.throwIfAny(record.problems());
        return db.write(c -> {
            records.insert(record);
            audit.created(subject(record));
            return record;
        });
    }

    /** Saves a corrected record (a mistyped figure or date); the audit trail keeps the old figures. */
    public WorkloadRecord edit(WorkloadRecord record) {
        ValidationException.throwIfAny(record.problems());
        return db.write(c -> {
            WorkloadRecord before = records.byId(record.id()).orElseThrow(() ->
                    new ValidationException(List.of(org.repdesk.i18n.Messages.text("papers.error.record-gone"))));
            records.update(record);
            audit.changed(subject(record), fields(before), fields(record));
            return record;
        });
    }

    private static AuditTrail.Fields fields(WorkloadRecord r) {
        // The audit trail's field names are stored as data: the same whatever language wrote them.
        return AuditTrail.fields().put("recorded on", r.recordedOn()).put("capacity %", r.capacityPercent()) // not for reps
                .put("workload points", r.workloadPoints()).put("contracted hours", r.contractedHours()) // not for reps
                .put("reduction hours", r.reductionHours()).put("cases held", r.casesHeld()) // not for reps
                .put("hours worked", r.hoursWorked()).text("uncounted work", r.uncountedWork()); // not for reps
    }

    public List<WorkloadRecord> ofMember(UUID memberId) {
        return records.ofMember(memberId);
    }

    public List<WorkloadRecord> all() {
        return records.all();
    }

    /** True when the engine writes the workload CSV's rows itself (a casebook's COPY). */
    public boolean copiesCsvRows() {
        return records.copiesCsvRows();
    }

    /** Every record as the workload CSV's rows, each ended by CRLF, written to {@code out}; how many (see {@link #copiesCsvRows}). */
    public int copyCsvRowsForExport(java.io.OutputStream out) throws java.io.IOException {
        return records.copyCsvRowsForExport(out);
    }

    /** Every record as a finished line of the workload CSV, by member then date, as read. */
    public void forEachCsvLineForExport(org.repdesk.store.EachRow<byte[]> each) throws java.io.IOException {
        records.forEachCsvLineForExport(each);
    }

    /** Every record with its member's number and name, by member then date, as read (for the workload export). */
    public void forEachForExport(org.repdesk.store.EachRow<org.repdesk.store.WorkloadStore.WithMember> each)
            throws java.io.IOException {
        records.forEachForExport(each);
    }

    public void delete(UUID recordId) {
        db.write(c -> {
            records.byId(recordId).ifPresent(r -> {
                records.delete(recordId);
                audit.deleted(subject(r));
            });
            return null;
        });
    }

    /** One member's line on the workload screen: their latest record (null: none), how many, and when they first met the threshold (null: not). */
    public record MemberFigures(WorkloadRecord latest, int records, LocalDate excessiveSince) {
    }

    /**
     * Each member's latest record, number of records and the date their records first met the
     * employer's excessive-workload threshold, by member (members with no records are not in it), from
     * SQL: the workload screen read every record for these (194,000 at 100,000 cases) at each opening.
     */
    public Map<UUID, MemberFigures> figuresByMember() {
        WmtSettings wmt = settings.wmt();
        return db.read(c -> {
            Map<UUID, WorkloadStore.Latest> latest = records.latestOfEach();
            Map<UUID, LocalDate> since = records.excessiveSince(wmt.excessivePercent(), wmt.excessiveWeeks());
            Map<UUID, MemberFigures> figures = new HashMap<>();
            latest.forEach((member, l) -> figures.put(member, new MemberFigures(l.record(), l.records(), since.get(member))));
            return figures;
        });
    }

    /** When the member's records first show the employer's own excessive-workload threshold. */
    public Optional<LocalDate> excessiveSince(List<WorkloadRecord> memberRecords) {
        return ExcessiveWorkload.reachedOn(memberRecords, settings.wmt());
    }
}
