package org.repdesk.model;

/** Kinds of casework a rep takes on. */
public enum CaseType implements Labelled {
    CAPABILITY("Capability"),
    SICKNESS_ABSENCE("Sickness absence"),
    WORKLOAD_CONCERN("Workload concern"),
    GRIEVANCE("Grievance"),
    DISCIPLINARY("Disciplinary"),
    OTHER("Other");

    private final String label;

    CaseType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
