package org.repdesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.CapacityCalculator;
import org.repdesk.model.ExcessiveWorkload;
import org.repdesk.model.Grade;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.store.WorkloadStore;

/** Members' workload evidence and the WMT capacity calculator. */
public final class WorkloadService {

    private final WorkloadStore records;
    private final SettingsService settings;

    public WorkloadService(WorkloadStore records, SettingsService settings) {
        this.records = records;
        this.settings = settings;
    }

    /** The WMT result for one set of figures. */
    public record Capacity(int availablePoints, Double capacityPercent) {
    }

    public Capacity capacity(Grade grade, Double contractedHours, double reductionHours, double workloadPoints,
            Double nominalTarget) {
        CapacityCalculator calc = new CapacityCalculator(settings.wmt());
        int available = nominalTarget == null
                ? calc.availablePoints(grade, contractedHours, reductionHours)
                : calc.availablePoints(grade, contractedHours, reductionHours, nominalTarget);
        return new Capacity(available, calc.capacityPercent(workloadPoints, available));
    }

    public WorkloadRecord add(WorkloadRecord record) {
        ValidationException.throwIfAny(record.problems());
        records.insert(record);
        return record;
    }

    public List<WorkloadRecord> ofMember(UUID memberId) {
        return records.ofMember(memberId);
    }

    public List<WorkloadRecord> all() {
        return records.all();
    }

    public void delete(UUID recordId) {
        records.delete(recordId);
    }

    /** When the member's records first show the employer's own excessive-workload threshold. */
    public Optional<LocalDate> excessiveSince(List<WorkloadRecord> memberRecords) {
        return ExcessiveWorkload.reachedOn(memberRecords, settings.wmt());
    }
}
