package org.repdesk.model;

/** Where a demand stands with the employer. Every change is dated and kept. */
public enum DemandStatus implements Labelled {
    RAISED("Raised"),
    IN_DISCUSSION("In discussion"),
    PARTLY_AGREED("Partly agreed"),
    AGREED("Agreed"),
    REFUSED("Refused"),
    WITHDRAWN("Withdrawn");

    private final String label;

    DemandStatus(String label) {
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
