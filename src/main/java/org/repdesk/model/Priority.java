package org.repdesk.model;

public enum Priority implements Labelled {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The priority inside a phrase, in {@code language}: lower case, and in Welsh as it reads after the
     * feminine "blaenoriaeth" ("blaenoriaeth ganolig", not "blaenoriaeth Canolig").
     */
    public String inPhrase(java.util.Locale language) {
        return org.repdesk.i18n.Messages.text(language, "priority.inPhrase." + name());
    }

    @Override
    public String toString() {
        return label;
    }
}
