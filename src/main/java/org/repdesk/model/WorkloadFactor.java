package org.repdesk.model;

/** Whether excessive workload is a factor in a case: the heart of the campaign's demands. */
public enum WorkloadFactor implements Labelled {
    YES("Yes"),
    NO("No"),
    DISPUTED("Disputed");

    private final String label;

    WorkloadFactor(String label) {
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
