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

    /**
     * The status as a sentence carries it mid-way, in {@code language}: lower case ("changed from raised
     * to agreed", "The status is already agreed."), where {@link #label(java.util.Locale)} is the status
     * standing alone (a card, a column, a heading).
     */
    public String inSentence(java.util.Locale language) {
        return org.repdesk.i18n.Messages.text(language, "demandStatus.inSentence." + name());
    }

    @Override
    public String toString() {
        return label;
    }
}
