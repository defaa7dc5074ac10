package org.repdesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.repdesk.model.Letter;

/**
 * A letter as a Word document (.docx, for the rep to finish in Word or LibreOffice) or as a PDF.
 * The .docx is the few parts of Office Open XML (ECMA-376) a letter needs, written here with
 * java.util.zip rather than with Apache POI (about 20 MB for what is five small XML files). Each
 * language's text is marked with its language (so Word checks Welsh spelling as Welsh); with both,
 * the Welsh letter comes first and the English one starts a new page.
 *
 * <p>A paragraph whose first characters are "# " is the letter's heading (its subject line), in bold.
 */
public final class LetterFiles {

    /** The files a letter can be made as. */
    public enum Format {
        DOCX("docx"), PDF("pdf");

        private final String ending;

        Format(String ending) {
            this.ending = ending;
        }

        public String ending() {
            return ending;
        }

        /** The format a file name's ending asks for, if it is one of the two. */
        public static java.util.Optional<Format> ofFileName(String name) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (lower.endsWith("." + f.ending)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** The same letter gives the same bytes (so keeping it twice stores it once): every part is dated this. */
    private static final FileTime FIXED = FileTime.fromMillis(1_704_067_200_000L); // 2024-01-01T00:00:00Z

    private LetterFiles() {
    }

    public static byte[] bytes(Letter letter, Format format) throws IOException {
        return format == Format.DOCX ? docx(letter) : Pdf.bytes(xhtml(letter));
    }

    /** The letter as a .docx. */
    public static byte[] docx(Letter letter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", PACKAGE_RELS);
            part(zip, "docProps/core.xml", core(letter));
            part(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
            part(zip, "word/styles.xml", styles(letter));
            part(zip, "word/document.xml", document(letter));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(FIXED);
        zip.putNextEntry(e);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String CONTENT_TYPES = XML
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
            + ".wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package"
            + ".core-properties+xml\"/>"
            + "</Types>";

    private static final String PACKAGE_RELS = XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            + "/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata"
            + "/core-properties\" Target=\"docProps/core.xml\"/>"
            + "</Relationships>";

    private static final String DOCUMENT_RELS = XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
            + "/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>";

    private static String core(Letter letter) {
        return XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata"
                + "/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>" + Html.esc(letter.title()) + "</dc:title>"
                + "<dc:language>" + letter.texts().get(0).language().toLanguageTag() + "</dc:language>"
                + "</cp:coreProperties>";
    }

    /** A plain letter's look: 11 pt, a little space after each paragraph, the heading bold. */
    private static String styles(Letter letter) {
        return XML + "<w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
                + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\""
                + letter.texts().get(0).language().toLanguageTag() + "\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"200\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>"
                + "</w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"200\"/><w:outlineLvl w:val=\"0\"/></w:pPr>"
                + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>"
                + "</w:styles>";
    }

    private static String document(Letter letter) {
        StringBuilder d = new StringBuilder(XML).append("<w:document xmlns:w=\"").append(W).append("\"><w:body>");
        boolean first = true;
        for (Letter.Text t : letter.texts()) {
            String lang = "<w:lang w:val=\"" + t.language().toLanguageTag() + "\"/>";
            boolean newPage = !first;
            for (String p : t.paragraphs()) {
                boolean heading = Letter.isHeading(p);
                String text = heading ? Letter.headingWords(p) : p;
                d.append("<w:p><w:pPr>");
                if (heading) {
                    d.append("<w:pStyle w:val=\"Heading1\"/>");
                }
                if (newPage) {
                    d.append("<w:pageBreakBefore/>");
                    newPage = false;
                }
                d.append("</w:pPr>");
                String[] lines = text.split("\\R", -1);
                for (int i = 0; i < lines.length; i++) {
                    d.append("<w:r><w:rPr>").append(lang).append("</w:rPr>");
                    if (i > 0) {
                        d.append("<w:br/>");
                    }
                    d.append("<w:t xml:space=\"preserve\">").append(Html.esc(lines[i])).append("</w:t></w:r>");
                }
                d.append("</w:p>");
            }
            first = false;
        }
        d.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1304\""
                + " w:bottom=\"1440\" w:left=\"1304\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>");
        return d.append("</w:body></w:document>").toString();
    }

    /** The letter as XHTML for the PDF: the same paragraphs, each language's text marked as such. */
    public static String xhtml(Letter letter) {
        StringBuilder h = new StringBuilder(8_000);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(letter.texts().get(0).language().toLanguageTag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>").append(Html.esc(letter.title())).append("</title>\n")
                .append("<meta name=\"generator\" content=\"RepDesk\"/>\n<style>\n")
                .append("@page { size: A4; margin: 25mm 23mm; }\n")
                .append("body { font-family: 'DejaVu Sans', 'RepDesk Fallback', sans-serif; font-size: 10.5pt;"
                        + " line-height: 1.35; }\n")
                .append("p { margin: 0 0 9pt 0; }\n")
                .append("h1 { font-size: 11.5pt; font-weight: bold; margin: 4pt 0 9pt 0; }\n")
                .append(".next-language { page-break-before: always; }\n")
                .append("</style>\n</head>\n<body>\n");
        boolean first = true;
        for (Letter.Text t : letter.texts()) {
            h.append("<div lang=\"").append(t.language().toLanguageTag()).append("\"")
                    .append(first ? "" : " class=\"next-language\"").append(">\n");
            for (String p : t.paragraphs()) {
                if (Letter.isHeading(p)) {
                    h.append("<h1>").append(Html.paragraphs(Letter.headingWords(p))).append("</h1>\n");
                } else {
                    h.append("<p>").append(Html.paragraphs(p)).append("</p>\n");
                }
            }
            h.append("</div>\n");
            first = false;
        }
        return h.append("</body>\n</html>\n").toString();
    }
}
