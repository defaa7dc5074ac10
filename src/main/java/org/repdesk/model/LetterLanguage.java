package org.repdesk.model;

import java.util.List;
import java.util.Locale;
import org.repdesk.i18n.Messages;

/**
 * The language a letter is written in. Both: the Welsh text first, then the English, as the Welsh
 * Language Standards ask of bodies in Wales (Welsh not treated less favourably: it comes first).
 * <p>Not {@link org.repdesk.i18n.DocumentLanguage}, though both say English, Welsh or both: a letter
 * goes out to the employer, a body in Wales held to those Standards, so in both languages the Welsh
 * comes first (and the letter dialog names the choice "Welsh and English"); the rep's own documents
 * (summary, brief, reports) open in English and follow with the Welsh. The command line's
 * {@code --lang} is read once, as a DocumentLanguage, and a letter takes the one of the same name.
 */
public enum LetterLanguage implements Labelled {
    ENGLISH("en"),
    WELSH("cy"),
    BOTH("both");

    private final String code;

    LetterLanguage(String code) {
        this.code = code;
    }

    /** What {@code --lang} takes: en, cy or both. */
    public String code() {
        return code;
    }

    /** The languages of the letter's texts, in the order they are printed. */
    public List<Locale> languages() {
        return switch (this) {
            case ENGLISH -> List.of(Messages.ENGLISH);
            case WELSH -> List.of(Messages.WELSH);
            case BOTH -> List.of(Messages.WELSH, Messages.ENGLISH);
        };
    }

    /** The one matching the app's own language. */
    public static LetterLanguage ofApp() {
        return "cy".equals(Messages.language().getLanguage()) ? WELSH : ENGLISH;
    }

    @Override
    public String label() {
        return Messages.text("letters.language." + code);
    }

    @Override
    public String toString() {
        return label();
    }
}
