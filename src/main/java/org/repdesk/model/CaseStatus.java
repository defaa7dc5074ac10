package org.repdesk.model;

/** Where a case stands: open, on hold or closed. */
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

    /**
     * The status as a sentence carries it mid-way, in {@code language}: lower case ("changed from open
     * to closed", "o ar agor i wedi cau"), where {@link #label(java.util.Locale)} is the status standing
     * alone (a list, a column, a heading). Welsh places it after "o" and "i", where none of the three
     * takes a mutation.
     */
    public String inSentence(java.util.Locale language) {
        return org.repdesk.i18n.Messages.text(language, "caseStatus.inSentence." + name());
    }

    @Override
    public String toString() {
        return label;
    }
}
