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

    /**
     * The type as a sentence carries it mid-way, in {@code language}: lower case ("a sickness absence
     * case", "achos absenoldeb salwch"), where {@link #label(java.util.Locale)} is the type standing alone
     * ("Sickness absence", in a list or at a sentence's start). Welsh places it after a masculine noun
     * ("achos", "achosion"), where it keeps its radical form.
     */
    public String inSentence(java.util.Locale language) {
        return org.repdesk.i18n.Messages.text(language, "caseType.inSentence." + name());
    }

    @Override
    public String toString() {
        return label;
    }
}
