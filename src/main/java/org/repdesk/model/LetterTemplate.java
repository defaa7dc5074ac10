package org.repdesk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.repdesk.i18n.Messages;

/**
 * A letter as the branch writes it, with fields in braces ({@code {member.name}}) filled from the
 * case: a name the command line takes ({@code reasonable-adjustments}), and a title and text in
 * English and in Welsh. Paragraphs are divided by a blank line; a line break inside one is kept.
 */
public record LetterTemplate(String name, String titleEn, String bodyEn, String titleCy, String bodyCy) {

    /** Lower-case letters, digits and hyphens: typed after {@code --template}, so no spaces. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    public LetterTemplate tidied() {
        return new LetterTemplate(name == null ? null : name.strip().toLowerCase(Locale.ROOT), Problems.tidy(titleEn),
                trimmed(bodyEn), Problems.tidy(titleCy), trimmed(bodyCy));
    }

    private static String trimmed(String body) {
        return body == null ? null : body.strip();
    }

    public String title(Locale language) {
        return "cy".equals(language.getLanguage()) ? titleCy : titleEn;
    }

    public String body(Locale language) {
        return "cy".equals(language.getLanguage()) ? bodyCy : bodyEn;
    }

    /** The title in the app's language. */
    public String title() {
        return title(Messages.language());
    }

    /** Names in braces, in any of its texts, that are no field RepDesk knows (sorted). */
    public List<String> unknownFields() {
        TreeSet<String> unknown = new TreeSet<>();
        for (String text : new String[] {titleEn, bodyEn, titleCy, bodyCy}) {
            for (String n : MergeField.namesIn(text)) {
                if (MergeField.of(n).isEmpty()) {
                    unknown.add("{" + n + "}");
                }
            }
        }
        return new ArrayList<>(unknown);
    }

    /** The fields its text in {@code language} uses, in the order they first appear. */
    public List<MergeField> fields(Locale language) {
        List<MergeField> used = new ArrayList<>();
        for (String n : MergeField.namesIn(title(language) + "\n" + body(language))) {
            MergeField.of(n).filter(f -> !used.contains(f)).ifPresent(used::add);
        }
        return used;
    }

    /** What is wrong with it, in words; empty when it may be saved. Unknown fields are named here, not when printing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(Messages.text("letters.error.name", Map.of("name", String.valueOf(name))));
        }
        required(problems, "letters.template.title-en", titleEn);
        required(problems, "letters.template.body-en", bodyEn);
        required(problems, "letters.template.title-cy", titleCy);
        required(problems, "letters.template.body-cy", bodyCy);
        problems.addAll(new Problems().shortText("letters.template.title-en", titleEn)
                .shortText("letters.template.title-cy", titleCy)
                .longText("letters.template.body-en", bodyEn)
                .longText("letters.template.body-cy", bodyCy).list());
        List<String> unknown = unknownFields();
        if (!unknown.isEmpty()) {
            problems.add(Messages.text("letters.error.unknown-fields", Map.of("n", unknown.size(),
                    "fields", String.join(", ", unknown))));
        }
        return problems;
    }

    private static void required(List<String> problems, String fieldKey, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Messages.text("letters.error.required", Map.of("field", Messages.text(fieldKey))));
        }
    }
}
