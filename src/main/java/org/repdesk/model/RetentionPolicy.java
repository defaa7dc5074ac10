package org.repdesk.model;

import java.util.List;

/**
 * How long each kind of record is kept. The defaults are unsourced placeholders: the periods are
 * the union's policy to set, and the rep enters them in Settings.
 *
 * @param closedCaseYears years a closed case is kept after it closed
 * @param memberYears     years a member with no open case is kept after their last case closed
 * @param workloadYears   years a workload record is kept after its date
 */
public record RetentionPolicy(int closedCaseYears, int memberYears, int workloadYears) {

    /** Unsourced defaults, to be replaced by the union's own policy. */
    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(6, 6, 3);

    public List<String> problems() {
        return new Problems()
                .when(closedCaseYears < 1 || closedCaseYears > 100, "problems.retention.closedCases")
                .when(memberYears < 1 || memberYears > 100, "problems.retention.members")
                .when(workloadYears < 1 || workloadYears > 100, "problems.retention.workload")
                .list();
    }
}
