package org.repdesk.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-facing word, in English (UK) and Welsh: {@code messages.properties} and
 * {@code messages_cy.properties} beside this class, with the same keys. Patterns are ICU
 * MessageFormat, so plurals follow each language's own rules (Welsh has six categories:
 * {@code {n, plural, zero {…} one {…} two {…} few {…} many {…} other {…}}}). Patterns that need
 * only text, arguments and whole-number plurals are formatted by {@link PlainFormat}, the rest by
 * ICU, so the first frame's words load none of ICU (issue 21).
 *
 * <p>Plain Java, no JavaFX: the model, services, reports, command line and screens all use it.
 */
public final class Messages {

    /** English (United Kingdom): the bundle without a suffix. */
    public static final Locale ENGLISH = Locale.UK;
    /** Welsh (Cymraeg). */
    public static final Locale WELSH = Locale.forLanguageTag("cy-GB");

    private static final String BUNDLE = "org.repdesk.i18n.messages";
    /** Each language's formats by key, made once (a document asks for the same few thousands of times). */
    private static final ConcurrentHashMap<String, Words> ENGLISH_FORMATS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Words> WELSH_FORMATS = new ConcurrentHashMap<>();
    /** The two bundles, looked up once: ResourceBundle.getBundle's own cache is a costly look-up per call. */
    private static volatile ResourceBundle englishBundle;
    private static volatile ResourceBundle welshBundle;
    private static volatile Locale current = fromSystem(Locale.getDefault());

    private Messages() {
    }

    /** Welsh when the system speaks Welsh, English otherwise. */
    public static Locale fromSystem(Locale system) {
        return "cy".equals(system.getLanguage()) ? WELSH : ENGLISH;
    }

    /** The language for "en" or "cy" (any case; "en-GB", "cy-GB" too); null for anything else. */
    public static Locale forCode(String code) {
        if (code == null) {
            return null;
        }
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "en" -> ENGLISH;
            case "cy" -> WELSH;
            default -> null;
        };
    }

    /** The language the app and the command line speak now. */
    public static Locale language() {
        return current;
    }

    /** Chooses the language (Settings, or {@code --lang}); anything but Welsh means English. */
    public static void setLanguage(Locale language) {
        current = "cy".equals(language.getLanguage()) ? WELSH : ENGLISH;
    }

    /** The text for {@code key} in the current language, its {@code {0}}, {@code {n}} … filled from {@code args}. */
    public static String text(String key, Object... args) {
        return text(current, key, args);
    }

    /** The text for {@code key} in {@code language} (a document may be made in a language other than the app's). */
    public static String text(Locale language, String key, Object... args) {
        Locale locale = "cy".equals(language.getLanguage()) ? WELSH : ENGLISH;
        Words words = (locale == WELSH ? WELSH_FORMATS : ENGLISH_FORMATS).computeIfAbsent(key,
                k -> new Words(pattern(locale, key), locale));
        return words.format(args);
    }

    /**
     * One key's pattern in one language: {@link PlainFormat} where it takes the pattern and the
     * arguments, ICU's MessageFormat (made the first time it is needed) for the rest.
     */
    private static final class Words {
        private final String pattern;
        private final Locale locale;
        private final PlainFormat plain;
        private volatile IcuWords icu;

        Words(String pattern, Locale locale) {
            this.pattern = pattern;
            this.locale = locale;
            this.plain = PlainFormat.of(pattern, locale);
        }

        String format(Object[] args) {
            java.util.Map<String, Object> named = null;
            if (args.length == 1 && args[0] instanceof java.util.Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> asNamed = (java.util.Map<String, Object>) map;
                named = asNamed;
            }
            if (plain != null) {
                String text = named != null ? plain.format(named) : plain.format(args);
                if (text != null) {
                    return text;
                }
            }
            IcuWords made = icu;
            if (made == null) {
                made = new IcuWords(pattern, locale);
                icu = made;
            }
            return named != null ? made.format(named) : made.format(args);
        }
    }

    /** True when the bundles know {@code key} (a test and the consistency check use it). */
    public static boolean has(String key) {
        return bundle(ENGLISH).containsKey(key);
    }

    static ResourceBundle bundle(Locale locale) {
        boolean welsh = "cy".equals(locale.getLanguage());
        ResourceBundle known = welsh ? welshBundle : englishBundle;
        if (known != null) {
            return known;
        }
        ResourceBundle found = lookUp(welsh ? WELSH : ENGLISH);
        if (welsh) {
            welshBundle = found;
        } else {
            englishBundle = found;
        }
        return found;
    }

    private static ResourceBundle lookUp(Locale locale) {
        // No fallback to the system's locale: an English system must not pick up a third bundle.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String pattern(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the consistency test catches; the rep still sees something readable.
            return key;
        }
    }
}
