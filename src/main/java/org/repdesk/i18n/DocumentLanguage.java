package org.repdesk.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The language a document is made in: English, Welsh, or both (English first, then the same
 * document in Welsh), as Welsh public bodies issue bilingual papers. The app's screens speak one
 * language at a time ({@link Messages#language()}); a document may be asked for in another.
 * <p>Not the letters' {@code model.LetterLanguage}, though both say English, Welsh or both: these are
 * the rep's and the branch's own papers (case summary, brief, caseload report, subject access), which
 * open in English; a letter goes out to the employer and puts the Welsh first. Each order has its
 * test (BilingualDocumentsTest, LetterServiceTest). {@code --lang} is parsed here only ({@link #forCode}).
 */
public enum DocumentLanguage {
    ENGLISH(List.of(Messages.ENGLISH)),
    WELSH(List.of(Messages.WELSH)),
    BOTH(List.of(Messages.ENGLISH, Messages.WELSH));

    private final List<Locale> languages;

    DocumentLanguage(List<Locale> languages) {
        this.languages = languages;
    }

    /** The languages the document is written in, in the order they appear. */
    public List<Locale> languages() {
        return languages;
    }

    /** The language a document's first part is in (its PDF's /Lang). */
    public Locale first() {
        return languages.get(0);
    }

    /** The document in the language the app speaks now. */
    public static DocumentLanguage ofApp() {
        return of(Messages.language());
    }

    /** The document in one language. */
    public static DocumentLanguage of(Locale language) {
        return "cy".equals(language.getLanguage()) ? WELSH : ENGLISH;
    }

    /** "en", "cy" or "both" (any case, as {@code --lang} takes it); null for anything else. */
    public static DocumentLanguage forCode(String code) {
        if (code != null && code.strip().equalsIgnoreCase("both")) {
            return BOTH;
        }
        Locale one = Messages.forCode(code);
        return one == null ? null : of(one);
    }
}
