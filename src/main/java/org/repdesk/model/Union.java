package org.repdesk.model;

/** The recognised probation unions. */
public enum Union implements Labelled {
    NAPO("Napo"),
    UNISON("UNISON"),
    GMB_SCOOP("GMB/SCOOP"),
    OTHER("Other");

    private final String label;

    Union(String label) {
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
