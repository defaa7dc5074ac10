package org.repdesk.model;

/** Where the employer said it. */
public enum ResponseChannel implements Labelled {
    MEETING("Meeting"),
    LETTER("Letter"),
    EMAIL("Email"),
    BULLETIN("Bulletin"),
    OTHER("Other");

    private final String label;

    ResponseChannel(String label) {
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
