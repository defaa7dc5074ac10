package org.repdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.repdesk.i18n.DocumentLanguage;
import org.repdesk.i18n.Messages;

/** The pieces every RepDesk document shares: the XHTML head with the embedded stylesheet. */
final class Documents {

    private static final String CSS = load("print.css");

    private Documents() {
    }

    /** Opens an XHTML document in English with styles inline, so the HTML is readable offline with no other file. */
    static StringBuilder start(String title, String runningTitle, String runningNote) {
        return start(DocumentLanguage.ENGLISH, title, runningTitle, runningNote);
    }

    /**
     * Opens an XHTML document in {@code language}: its {@code lang} (the PDF's /Lang, what a screen
     * reader speaks it in) is the first language's, the page numbers in its words ("Tudalen 2 o 5").
     */
    static StringBuilder start(DocumentLanguage language, String title, String runningTitle, String runningNote) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.first().toLanguageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(Html.esc(title)).append("</title>\n")
                .append("<meta name=\"generator\" content=\"RepDesk\"/>\n<style>\n").append(CSS)
                .append(pageNumbers(language)).append("</style>\n")
                .append("</head>\n<body>\n")
                .append("<div class=\"running-title\">").append(Html.esc(runningTitle)).append("</div>\n")
                .append("<div class=\"running-note\">").append(Html.esc(runningNote)).append("</div>\n");
        return h;
    }

    /**
     * The page numbers' words in every language of the document, a line each ("Page 2 of 5", then
     * "Tudalen 2 o 5"): on one line the corner box broke "Tudalen 2 o 5" in two.
     */
    private static String pageNumbers(DocumentLanguage language) {
        List<String> parts = new ArrayList<>();
        for (Locale l : language.languages()) {
            parts.add(css(Messages.text(l, "doc.page.page") + " ") + " counter(page) " + css(" "
                    + Messages.text(l, "doc.page.of") + " ") + " counter(pages)");
        }
        return "@page { @bottom-right { content: " + String.join(" \"\\A\" ", parts)
                + "; font-size: 8pt; color: #555; font-family: \"DejaVu Sans\"; white-space: pre; width: 22%; } }\n";
    }

    private static String css(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The same words in each language of the document, " / " between: a bilingual title. */
    static String inEach(DocumentLanguage language, Function<Locale, String> words) {
        return String.join(" / ", language.languages().stream().map(words).toList());
    }

    /**
     * Writes the document's body once per language: the second language starts on a new page in a
     * block marked with its own {@code lang}, so a screen reader switches voice there.
     */
    static void inTurn(StringBuilder h, DocumentLanguage language, java.util.function.BiConsumer<StringBuilder, Locale> body) {
        boolean first = true;
        for (Locale l : language.languages()) {
            if (first) {
                body.accept(h, l);
            } else {
                h.append("<div lang=\"").append(l.toLanguageTag()).append("\" style=\"page-break-before: always;\">\n");
                body.accept(h, l);
                h.append("</div>\n");
            }
            first = false;
        }
    }

    static String end(StringBuilder h) {
        return h.append("</body>\n</html>\n").toString();
    }

    private static String load(String name) {
        try (InputStream in = Documents.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
