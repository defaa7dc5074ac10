package org.repdesk.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.repdesk.i18n.Messages;

/**
 * A field a letter template may name in braces, e.g. {@code {member.name}}, filled from the case,
 * its member, its next hearing and deadline, and the rep. What each one means is in the bundles
 * ({@code letters.field.*}), so Tools ▸ Letter templates… can list them in the rep's language.
 */
public enum MergeField {
    MEMBER_NAME("member.name"),
    MEMBER_NUMBER("member.number"),
    MEMBER_GRADE("member.grade"),
    MEMBER_TEAM("member.team"),
    MEMBER_OFFICE("member.office"),
    MEMBER_UNION("member.union"),
    CASE_REFERENCE("case.reference"),
    CASE_TYPE("case.type"),
    CASE_STAGE("case.stage"),
    CASE_OPENED("case.opened"),
    CASE_MANAGER("case.manager"),
    CASE_OUTCOME("case.outcome"),
    CASE_WORKLOAD("case.workload"),
    HEARING_DATE("hearing.date"),
    HEARING_TIME("hearing.time"),
    HEARING_PLACE("hearing.place"),
    HEARING_CHAIR("hearing.chair"),
    HEARING_LENGTH("hearing.length"),
    DEADLINE_DATE("deadline.date"),
    DEADLINE_WHAT("deadline.what"),
    REP_NAME("rep.name"),
    LETTER_DATE("letter.date");

    /** A name in braces: letters, digits, dots and hyphens; spaces inside the braces are forgiven. */
    private static final Pattern IN_BRACES = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9_.-]*)\\s*\\}");

    private final String code;

    MergeField(String code) {
        this.code = code;
    }

    /** What the rep types between the braces, e.g. {@code member.name}. */
    public String code() {
        return code;
    }

    /** What it is filled with, in words ("the member's name"). */
    public String label() {
        return label(Messages.language());
    }

    public String label(Locale language) {
        return Messages.text(language, "letters.field." + code.replace('.', '-'));
    }

    /** As it is written in a template: {@code {member.name}}. */
    public String inBraces() {
        return "{" + code + "}";
    }

    public static Optional<MergeField> of(String code) {
        for (MergeField f : values()) {
            if (f.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The names in braces in a text, in the order they first appear. */
    public static List<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = IN_BRACES.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Fills every field named in braces with {@code value} of it; an unknown name is left as written.
     * The case's type is given as a sentence carries it mid-way ("the sickness absence procedure"), and
     * begins with a capital where it begins a sentence, a line or a heading ("Sickness absence: …").
     */
    public static String fill(String text, java.util.function.Function<MergeField, String> value) {
        Matcher m = IN_BRACES.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<MergeField> f = of(m.group(1));
            String filled = f.map(value).orElse(m.group());
            if (f.orElse(null) == CASE_TYPE && startsSentence(text, m.start()) && !filled.isEmpty()) {
                filled = filled.substring(0, 1).toUpperCase(Locale.ROOT) + filled.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Nothing but spaces (and a heading's "#") between {@code at} and the text's start, a line's or a sentence's end. */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '#')) {
            i--;
        }
        return i < 0 || "\n.!?".indexOf(text.charAt(i)) >= 0;
    }
}
