package org.repdesk.model;

import java.util.List;
import java.util.Locale;

/**
 * A letter made from a template for one case: one text per language (Welsh first when both), each
 * a title and paragraphs with every field filled, or, where the case has no value, the field's
 * name in square brackets for the rep to fill in Word.
 */
public record Letter(String templateName, String caseReference, List<Text> texts) {

    /** The letter in one language: its title (the subject line) and paragraphs, each of one or more lines. */
    public record Text(Locale language, String title, List<String> paragraphs) {
    }

    /** The title as a document on the case: each language's, joined ("Cais … / Request …"). */
    public String title() {
        return String.join(" / ", texts.stream().map(Text::title).distinct().toList());
    }

    /** A template's paragraph beginning so is the letter's heading (its subject line), printed in bold. */
    public static final String HEADING = "# ";

    /** Whether {@code paragraph} is the letter's heading. */
    public static boolean isHeading(String paragraph) {
        return paragraph.startsWith(HEADING);
    }

    /** A heading's words, without its mark. */
    public static String headingWords(String heading) {
        return heading.substring(HEADING.length()).strip();
    }

    /**
     * The words as the letter prints them, for the preview: the paragraphs only (the title is the
     * document's name, not printed), the heading without its "# " mark, each language after the other.
     */
    public String asPrinted() {
        StringBuilder s = new StringBuilder();
        for (Text t : texts) {
            t.paragraphs().forEach(p -> s.append(isHeading(p) ? headingWords(p) : p).append("\n\n"));
        }
        return s.toString().strip();
    }
}
