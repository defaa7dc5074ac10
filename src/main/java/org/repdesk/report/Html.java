package org.repdesk.report;

/** Escaping for text from the store entering HTML: a member called "<b>Bob</b> & Co" shows as typed. */
public final class Html {

    private Html() {
    }

    /** Escapes text for element content and attribute values (XHTML-safe: no named entities beyond XML's). */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even as references: drop them.
                    if (cp >= 0x20 || cp == '\n' || cp == '\t' || cp == '\r') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Escaped text with line breaks kept. */
    public static String paragraphs(String text) {
        return esc(text).replace("\r\n", "\n").replace("\n", "<br/>");
    }
}
