package org.repdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;
import org.repdesk.model.Letter;

/** A letter as .docx and PDF, read back as Word, LibreOffice and a PDF reader would. */
class LetterFilesTest {

    @TempDir
    Path dir;

    private static final Letter BOTH = new Letter("postpone-hearing", "2026-0042", List.of(
            new Letter.Text(Messages.WELSH, "Cais i ohirio cyfarfod", List.of("18 Rhagfyr 2026", "Annwyl Emma Thompson,",
                    "# Cais i ohirio'r cyfarfod: Siân Prydderch", "Nid wyf yn gallu bod yn bresennol & <bryd> hynny.",
                    "Yn gywir,", "Gareth Evans\nCynrychiolydd Napo")),
            new Letter.Text(Messages.ENGLISH, "Request to postpone a meeting", List.of("18 December 2026",
                    "Dear Emma Thompson,", "# Request to postpone the meeting: Siân Prydderch",
                    "I am not able to attend at that time.", "Yours sincerely,", "Gareth Evans\nNapo representative"))));

    private static Map<String, String> parts(byte[] docx) throws Exception {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void theDocxHoldsTheFewWellFormedPartsAWordProcessorNeedsWithEachTextMarkedWithItsLanguage() throws Exception {
        Map<String, String> parts = parts(LetterFiles.docx(BOTH));

        assertEquals(java.util.Set.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
                "word/_rels/document.xml.rels", "word/styles.xml", "word/document.xml"), parts.keySet());
        for (Map.Entry<String, String> p : parts.entrySet()) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.newDocumentBuilder().parse(new ByteArrayInputStream(p.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        String document = parts.get("word/document.xml");
        assertTrue(document.contains("<w:lang w:val=\"cy-GB\"/></w:rPr><w:t xml:space=\"preserve\">Annwyl Emma Thompson,"));
        assertTrue(document.contains("<w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\">Dear Emma Thompson,"));
        assertTrue(document.contains("bresennol &amp; &lt;bryd&gt; hynny"), "text is escaped");
        assertEquals(1, document.split("<w:pageBreakBefore/>", -1).length - 1, "the English letter starts a new page");
        assertTrue(parts.get("docProps/core.xml").contains("<dc:title>Cais i ohirio cyfarfod / Request to postpone a meeting"));
    }

    @Test
    void theSameLetterGivesTheSameBytesSoKeepingItTwiceStoresItOnce() {
        assertArrayEquals(LetterFiles.docx(BOTH), LetterFiles.docx(BOTH));
    }

    @Test
    void thePdfReadsAsTheLetterWithTheWelshPageFirst() throws Exception {
        byte[] pdf = LetterFiles.bytes(BOTH, LetterFiles.Format.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(2, doc.getNumberOfPages());
            PDFTextStripper strip = new PDFTextStripper();
            strip.setStartPage(1);
            strip.setEndPage(1);
            String welsh = strip.getText(doc);
            assertTrue(welsh.contains("Cais i ohirio'r cyfarfod: Siân Prydderch"), welsh);
            assertTrue(welsh.contains("Nid wyf yn gallu bod yn bresennol & <bryd> hynny."), welsh);
            strip.setStartPage(2);
            strip.setEndPage(2);
            assertTrue(strip.getText(doc).contains("Dear Emma Thompson,"));
        }
    }

    /**
     * The .docx opened by LibreOffice (as a rep finishing it would) and printed to PDF: the words,
     * the accents and the page break come through. Skipped where LibreOffice is not installed.
     */
    @Test
    void libreOfficeOpensTheDocxAndPrintsTheWelshThenTheEnglishLetter() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice is not installed here");
        // Calc alone (libreoffice-calc-nogui, for the spreadsheet checks) has soffice but cannot open a .docx:
        // it exits 0 and writes nothing.
        assumeTrue(Files.exists(Path.of("/usr/lib/libreoffice/program/libswlo.so")), "LibreOffice Writer is not installed here");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils is not installed here");
        Path docx = Files.write(dir.resolve("letter.docx"), LetterFiles.docx(BOTH));
        // A profile of its own: another LibreOffice running on the machine does not take the conversion over.
        run(List.of("/usr/bin/soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()));
        Path pdf = dir.resolve("letter.pdf");
        assertTrue(Files.exists(pdf) && Files.size(pdf) > 0, "LibreOffice wrote no PDF from the .docx");
        run(List.of("/usr/bin/pdftotext", "-layout", pdf.toString(), dir.resolve("letter.txt").toString()));
        String text = Files.readString(dir.resolve("letter.txt"));
        String[] pages = text.split("\f");
        assertTrue(pages[0].contains("Cais i ohirio'r cyfarfod: Siân Prydderch"), text);
        assertTrue(pages[0].contains("Cynrychiolydd Napo"), text);
        assertTrue(pages[1].contains("Request to postpone the meeting: Siân Prydderch"), text);
        assertTrue(pages[1].contains("Yours sincerely,"), text);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, p.exitValue(), said);
    }
}
