package org.repdesk.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.repdesk.model.DocumentFormat;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The words inside a document, read once when it is attached so the notes' search finds them.
 * PDFs through PDFBox (already here for the reports); Word and OpenDocument files are zips of XML,
 * read with the JDK's own zip and SAX parser (no office library, ~20 MB of them, for three
 * elements); e-mails by a small MIME reader below. Images have no text (no OCR). A file whose
 * text cannot be read is still attached: it gives empty text, never an error.
 */
public final class DocumentText {

    private static final Logger LOG = Logger.getLogger(DocumentText.class.getName());
    /** Words kept per document: a 300-page report is ~600,000 characters; notes stop at 200,000 too. */
    public static final int MAX_CHARS = 150_000;
    /** Unzipped XML read at most: a 25 MB .docx holds ~2 MB of XML; this stops a zip bomb. */
    private static final long MAX_XML_BYTES = 64L * 1024 * 1024;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|[\\x{D800}-\\x{DFFF}]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*){2,}");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private DocumentText() {
    }

    /** The document's text, tidied (no control characters, at most {@link #MAX_CHARS}); "" when it has none. */
    public static String of(DocumentFormat format, byte[] bytes) {
        String raw;
        try {
            raw = switch (format) {
                case PDF -> pdf(bytes);
                case DOCX -> zippedXml(bytes, "word/document.xml", Set.of("w:p", "w:br", "w:cr"), Set.of("w:tab"), "w:t");
                case ODT -> zippedXml(bytes, "content.xml", Set.of("text:p", "text:h", "text:line-break"),
                        Set.of("text:tab", "text:s"), null);
                case EML -> email(bytes);
                case TEXT -> plainText(bytes);
                case PNG, JPEG, GIF -> "";
            };
        } catch (IOException | SAXException | RuntimeException e) {
            // A damaged or password-protected file: it is kept, only its words are not searchable.
            LOG.log(Level.INFO, "no text read from a " + format + " document: " + e.getClass().getSimpleName());
            raw = "";
        }
        return tidy(raw);
    }

    static String tidy(String raw) {
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        text = CONTROL.matcher(text).replaceAll(" ");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
        if (text.length() > MAX_CHARS) {
            int cut = MAX_CHARS;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut);
        }
        return text;
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /**
     * The text of one XML part of a zip: character data inside {@code textElement} (or anywhere,
     * when null), a line break at the end of each of {@code breaks}, a space for each of {@code spaces}.
     */
    private static String zippedXml(byte[] bytes, String part, Set<String> breaks, Set<String> spaces,
            String textElement) throws IOException, SAXException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(part)) {
                    return xmlText(limited(zip), breaks, spaces, textElement);
                }
            }
        }
        return "";
    }

    private static String xmlText(InputStream xml, Set<String> breaks, Set<String> spaces, String textElement)
            throws IOException, SAXException {
        StringBuilder out = new StringBuilder();
        DefaultHandler handler = new DefaultHandler() {
            private int inside;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (qName.equals(textElement)) {
                    inside++;
                } else if (spaces.contains(qName)) {
                    out.append(qName.endsWith("tab") ? '\t' : ' ');
                } else if (qName.equals("w:br") || qName.equals("w:cr") || qName.equals("text:line-break")) {
                    out.append('\n');
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if (qName.equals(textElement)) {
                    inside--;
                } else if (breaks.contains(qName) && !qName.equals("w:br") && !qName.equals("w:cr")
                        && !qName.equals("text:line-break")) {
                    out.append('\n');
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if ((textElement == null || inside > 0) && out.length() < MAX_CHARS * 2) {
                    out.append(ch, start, length);
                }
            }
        };
        parser().parse(xml, handler);
        return out.toString();
    }

    /** A SAX parser that reads no DTD and no outside entity (a document must not reach the disk or the network). */
    private static SAXParser parser() throws SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newSAXParser();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** At most {@link #MAX_XML_BYTES} of the zip entry, then an error. */
    private static InputStream limited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_XML_BYTES) {
                throw new IOException(org.repdesk.i18n.Messages.text("documentText.tooLarge"));
            }
            out.write(buffer, 0, n);
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    /** Text in UTF-8 (a byte order mark is skipped), else Windows-1252, as old Windows files are. */
    static String plainText(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    // --- e-mail (RFC 5322 with MIME, RFC 2045-2047) ---

    /** The e-mail's From, To, Date and Subject lines, then its text (the plain part, else the HTML's words). */
    static String email(byte[] bytes) {
        Part message = Part.parse(bytes);
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {"from", "to", "cc", "date", "subject"}) {
            String value = message.headers.get(name);
            if (value != null) {
                out.append(Character.toUpperCase(name.charAt(0))).append(name.substring(1)).append(": ")
                        .append(decodeWords(value)).append('\n');
            }
        }
        out.append('\n').append(bodyText(message));
        return out.toString();
    }

    private static String bodyText(Part part) {
        String type = part.contentType();
        if (type.startsWith("multipart/")) {
            String boundary = part.parameter("boundary");
            if (boundary == null) {
                return "";
            }
            String html = null;
            StringBuilder plain = new StringBuilder();
            for (Part child : part.children(boundary)) {
                String childType = child.contentType();
                if (childType.startsWith("multipart/") || childType.equals("message/rfc822")) {
                    plain.append(bodyText(child)).append('\n');
                } else if (childType.equals("text/plain") && !child.isAttachment()) {
                    plain.append(child.decodedText()).append('\n');
                } else if (childType.equals("text/html") && html == null && !child.isAttachment()) {
                    html = child.decodedText();
                }
            }
            return plain.length() > 0 ? plain.toString() : html == null ? "" : htmlWords(html);
        }
        if (type.equals("message/rfc822")) {
            return email(part.decodedBytes());
        }
        if (type.equals("text/html")) {
            return htmlWords(part.decodedText());
        }
        return type.startsWith("text/") ? part.decodedText() : "";
    }

    private static String htmlWords(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>|</li>", "\n");
        text = TAG.matcher(text).replaceAll("");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** "=?UTF-8?B?U2nDom4=?=" and "=?iso-8859-1?Q?Si=E2n?=" as "Siân" (RFC 2047). */
    static String decodeWords(String header) {
        Matcher m = ENCODED_WORD.matcher(header.replaceAll("\\?=\\s+=\\?", "?==?"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String decoded;
            try {
                Charset charset = Charset.forName(m.group(1).replaceAll("\\*.*", ""));
                byte[] raw = m.group(2).equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(m.group(3))
                        : quotedPrintable(m.group(3).replace('_', ' '));
                decoded = new String(raw, charset);
            } catch (IllegalArgumentException e) {
                decoded = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    static byte[] quotedPrintable(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = text.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '=' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else if (in[i] == '=' && i + 1 < in.length && (in[i + 1] == '\n' || in[i + 1] == '\r')) {
                i += (in[i + 1] == '\r' && i + 2 < in.length && in[i + 2] == '\n') ? 2 : 1; // soft line break
            } else if (in[i] == '=' && i + 1 == in.length) {
                break;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** One MIME entity: its headers (names in lower case, folded lines joined) and its raw body. */
    private static final class Part {
        final Map<String, String> headers;
        final byte[] body;

        private Part(Map<String, String> headers, byte[] body) {
            this.headers = headers;
            this.body = body;
        }

        static Part parse(byte[] bytes) {
            // Headers are ASCII (RFC 5322); ISO-8859-1 keeps every byte as one char, so offsets match.
            String all = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            int bodyStart = end + 4;
            int lf = all.indexOf("\n\n");
            if (end < 0 || (lf >= 0 && lf < end)) {
                end = lf;
                bodyStart = lf + 2;
            }
            if (end < 0) {
                end = all.length();
                bodyStart = all.length();
            }
            Map<String, String> headers = new LinkedHashMap<>();
            String last = null;
            for (String line : all.substring(0, end).split("\r?\n")) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                    headers.put(last, headers.get(last) + " " + line.strip());
                } else if (line.indexOf(':') > 0) {
                    last = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                    headers.putIfAbsent(last, line.substring(line.indexOf(':') + 1).strip());
                }
            }
            byte[] body = java.util.Arrays.copyOfRange(bytes, Math.min(bodyStart, bytes.length), bytes.length);
            return new Part(headers, body);
        }

        String contentType() {
            String value = headers.getOrDefault("content-type", "text/plain");
            return value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        }

        /** A parameter of Content-Type (boundary, charset), unquoted. */
        String parameter(String name) {
            Matcher m = Pattern.compile("(?i);\\s*" + name + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)")
                    .matcher(headers.getOrDefault("content-type", ""));
            return m.find() ? (m.group(2) != null ? m.group(2) : m.group(1)) : null;
        }

        boolean isAttachment() {
            return headers.getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT).startsWith("attachment");
        }

        byte[] decodedBytes() {
            String encoding = headers.getOrDefault("content-transfer-encoding", "7bit").strip().toLowerCase(Locale.ROOT);
            if (encoding.equals("base64")) {
                try {
                    return Base64.getMimeDecoder().decode(new String(body, StandardCharsets.ISO_8859_1).strip());
                } catch (IllegalArgumentException e) {
                    return new byte[0];
                }
            }
            if (encoding.equals("quoted-printable")) {
                return quotedPrintable(new String(body, StandardCharsets.ISO_8859_1));
            }
            return body;
        }

        String decodedText() {
            String charset = parameter("charset");
            byte[] bytes = decodedBytes();
            if (charset == null) {
                return plainText(bytes);
            }
            try {
                return new String(bytes, Charset.forName(charset));
            } catch (IllegalArgumentException e) {
                return plainText(bytes);
            }
        }

        java.util.List<Part> children(String boundary) {
            String all = new String(body, StandardCharsets.ISO_8859_1);
            String delimiter = "--" + boundary;
            java.util.List<Part> parts = new java.util.ArrayList<>();
            int at = all.indexOf(delimiter);
            while (at >= 0) {
                int start = all.indexOf('\n', at);
                if (start < 0 || all.startsWith(delimiter + "--", at)) {
                    break;
                }
                int next = all.indexOf("\n" + delimiter, start);
                int stop = next < 0 ? all.length() : next;
                if (stop > start && all.charAt(stop - 1) == '\r') {
                    stop--;
                }
                parts.add(parse(all.substring(start + 1, Math.max(start + 1, stop)).getBytes(StandardCharsets.ISO_8859_1)));
                at = next < 0 ? -1 : next + 1;
            }
            return parts;
        }
    }
}
