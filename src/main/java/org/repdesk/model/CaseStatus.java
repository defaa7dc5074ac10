package org.repdesk.model;

public enum CaseStatus implements Labelled {
    OPEN("Open"),
    ON_HOLD("On hold"),
    CLOSED("Closed");

    private final String label;

    CaseStatus(String label) {
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
