package org.repdesk.ui.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Problems;

/**
 * The checks every text field of a form shares, in words said beside the field (so they need not
 * name it): required, one line, not too long. The model's own rules still run on save.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** "" when {@code value} is fine for a one-line field; else what is wrong. */
    public static String shortText(String value, boolean required) {
        return text(value, required, Problems.SHORT_TEXT_MAX, true);
    }

    /** "" when {@code value} is fine for a free-text field (notes, accounts); else what is wrong. */
    public static String longText(String value, boolean required) {
        return text(value, required, Problems.LONG_TEXT_MAX, false);
    }

    /**
     * "" when {@code value} is fine for a date field; else what is wrong: the date field's own word
     * on text it cannot read ({@code typedProblem}), a date missing, or a year no record can have
     * (outside the model's plausible 1970 to 2100, as "20/11/0026" typed for 2026).
     */
    public static String date(LocalDate value, String typedProblem, boolean required) {
        return first(typedProblem,
                required && value == null && (typedProblem == null || typedProblem.isEmpty())
                        ? Messages.text("field.problem.required") : "",
                value != null && (value.getYear() < 1970 || value.getYear() > 2100)
                        ? Messages.text("cases.form.date.year", Map.of("year", value.getYear())) : "");
    }

    /** The required check alone, for a choice. */
    public static String chosen(Object value) {
        return value == null ? Messages.text("field.problem.choose") : "";
    }

    private static String text(String value, boolean required, int max, boolean oneLine) {
        if (value == null || value.isBlank()) {
            return required ? Messages.text("field.problem.required") : "";
        }
        if (value.length() > max) {
            return Messages.text("field.problem.too-long", Map.of("n", value.length(), "max", max));
        }
        if (oneLine && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0)) {
            return Messages.text("field.problem.one-line");
        }
        // Control and broken characters: rare, and the model words them.
        List<String> rest = new Problems().longText("field.problem.this-field", value).list();
        return rest.isEmpty() ? "" : rest.get(0);
    }

    /** The first of {@code problems} that is not empty, or "". */
    public static String first(String... problems) {
        for (String p : problems) {
            if (p != null && !p.isEmpty()) {
                return p;
            }
        }
        return "";
    }
}
