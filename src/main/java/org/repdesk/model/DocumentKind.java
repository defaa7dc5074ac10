package org.repdesk.model;

import java.util.Locale;
import org.repdesk.i18n.Messages;

/** What a document on a case is, in the rep's words. */
public enum DocumentKind implements Labelled {
    LETTER_FROM_EMPLOYER,
    LETTER_TO_EMPLOYER,
    FIT_NOTE,
    OCCUPATIONAL_HEALTH_REPORT,
    EVIDENCE,
    MEETING_NOTES,
    OTHER;

    @Override
    public String label() {
        return Messages.text("papers.kind." + name().toLowerCase(Locale.ROOT));
    }

    /** The word the command line takes: {@code letter-from-employer}, {@code fit-note}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String label(java.util.Locale language) {
        return Messages.text(language, "papers.kind." + name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label();
    }
}
