package org.repdesk.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A pattern formatted by ICU's MessageFormat: the words {@link PlainFormat} leaves (select, choice,
 * number styles other than a whole number, dates, fractions). In a class of its own so that ICU's classes load only when
 * such words are first needed, not with {@link Messages}.
 */
final class IcuWords {

    private final MessageFormat format;

    IcuWords(String pattern, Locale locale) {
        this.format = new MessageFormat(pattern, locale);
    }

    String format(Object[] args) {
        return format.format(args);
    }

    String format(Map<String, Object> named) {
        return format.format(named);
    }
}
