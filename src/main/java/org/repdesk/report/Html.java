package org.repdesk.report;

/** Escaping for text from the store entering HTML: a member called "<b>Bob</b> & Co" shows as typed. */
public final class Html {

    private Html() {
    }

    /**
     * What a deadline is for, escaped, marked "Hearing:" when it is one, unless the rep's own words
     * already start so (demo and real deadlines read "Hearing: stress risk assessment").
     */
    public static String deadline(boolean hearing, String what) {
        return deadline(org.repdesk.i18n.Messages.language(), hearing, what);
    }

    /** {@link #deadline(boolean, String)} with "Hearing:" in {@code language} ("Gwrandawiad:"). */
    public static String deadline(java.util.Locale language, boolean hearing, String what) {
        String text = org.repdesk.model.Deadline.whatIsDue(what, language);
        return (hearing && !org.repdesk.model.Deadline.saysHearing(text)
                ? "<b>" + esc(org.repdesk.i18n.Messages.text(language, "doc.deadlines.hearing")) + "</b> " : "") + esc(text);
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
