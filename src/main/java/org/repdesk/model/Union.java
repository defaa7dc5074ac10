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

    /**
     * The union named as reps write it: a label or constant name in any case ({@link Labelled#parse}),
     * or "GMB", the union's everyday name (SCOOP is its probation section).
     */
    public static java.util.Optional<Union> parse(String text) {
        java.util.Optional<Union> union = Labelled.parse(Union.class, text);
        if (union.isEmpty() && text != null && text.strip().equalsIgnoreCase("GMB")) {
            return java.util.Optional.of(GMB_SCOOP);
        }
        return union;
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
