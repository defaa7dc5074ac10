package org.repdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pieces every RepDesk document shares: the XHTML head with the embedded stylesheet. */
final class Documents {

    private static final String CSS = load("print.css");

    private Documents() {
    }

    /** Opens an XHTML document with styles inline, so the HTML is readable offline with no other file. */
    static StringBuilder start(String title, String runningTitle, String runningNote) {
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(Html.esc(title)).append("</title>\n")
                .append("<meta name=\"generator\" content=\"RepDesk\"/>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n")
                .append("<div class=\"running-title\">").append(Html.esc(runningTitle)).append("</div>\n")
                .append("<div class=\"running-note\">").append(Html.esc(runningNote)).append("</div>\n");
        return h;
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
