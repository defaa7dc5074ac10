package org.repdesk.model;

/** Probation grades. The WMT groups them into PO-like and PSO-like bands. */
public enum Grade implements Labelled {
    PO("PO"),
    PQIP("PQiP"),
    PSO("PSO"),
    SPO("SPO"),
    CASE_ADMINISTRATOR("Case administrator"),
    OTHER("Other");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** WMT: PSO grades use the PSO default hours and nominal target; every other grade the PO ones. */
    public boolean usesPsoWmtDefaults() {
        return this == PSO;
    }

    @Override
    public String toString() {
        return label;
    }
}
