package org.repdesk.model;

/** Where a demand comes from: the national campaign's aims and urgent demands, or the branch. */
public enum DemandKind implements Labelled {
    CAMPAIGN_AIM("Campaign aim"),
    URGENT_DEMAND("Urgent demand"),
    LOCAL_DEMAND("Local demand");

    private final String label;

    DemandKind(String label) {
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
