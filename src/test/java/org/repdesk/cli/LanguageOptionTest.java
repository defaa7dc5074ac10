package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.i18n.Messages;

/** --lang on any command: the command line in Welsh or English, documents in either or both, bad codes refused. */
class LanguageOptionTest {

    @TempDir
    Path dir;

    private CliRun run(Object... args) {
        return CliRun.of(name -> null, args);
    }

    @Test
    void theCommandLineSpeaksWelshWhenAskedAndLeavesTheLanguageAsItFoundIt() {
        java.util.Locale before = Messages.language();
        CliRun r = run("--lang", "cy", "capacity", "--grade", "PO", "--contracted-hours", "37", "--reduction-hours", "0",
                "--workload-points", "2400");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Pwyntiau sydd ar gael: "), r.out());
        assertTrue(r.out().contains("Capasiti: "), r.out());
        assertEquals(before, Messages.language());
        CliRun wrong = run("export", "nonsense", "--lang=cy", "--out", dir.resolve("x.csv"), "--format", "csv");
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().startsWith("repdesk: allforio members, cases"), wrong.err());
        assertTrue(wrong.err().contains("defnydd: "), wrong.err());
    }

    @Test
    void anImportsProblemsAreCountedAndToldInWelsh() throws Exception {
        java.util.Map<Integer, String> counted = java.util.Map.of(1, "1 broblem", 2, "2 broblem", 3, "3 problem",
                6, "6 phroblem");
        for (int n : new int[] {1, 2, 3, 6}) {
            StringBuilder rows = new StringBuilder("membership_number,name,union,grade\n");
            for (int i = 1; i <= n; i++) {
                rows.append("N").append(i).append(",Ann Jones,Napo,XX\n");
            }
            Path csv = dir.resolve("bad-" + n + ".csv");
            Files.writeString(csv, rows);
            Path db = dir.resolve("members-" + n + ".db");

            CliRun r = run("--db", db, "--lang", "cy", "import", "members", csv);

            assertEquals(1, r.exit(), r.err());
            assertTrue(r.err().startsWith("repdesk: " + csv + ": " + counted.get(n) + "; ni fewnforiwyd dim."), r.err());
            assertTrue(r.err().contains("  Llinell 2: Gradd anhysbys \"XX\" (defnyddiwch un o: "), r.err());
            assertEquals(n, r.err().lines().filter(line -> line.startsWith("  Llinell ")).count(), r.err());
            assertFalse(Files.exists(db), "a file with problems creates no data file");
        }
    }

    @Test
    void aRestoreOfAMissingBackupIsRefusedInWelsh() {
        Path db = dir.resolve("restore.db");
        assertEquals(0, run("--db", db, "demo", "--members", "2", "--cases", "1").exit());
        Path missing = dir.resolve("no-such-backup.db");

        CliRun r = run("--db", db, "--lang", "cy", "restore", missing);

        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("Nid oes ffeil wrth gefn yn " + missing.toAbsolutePath() + "."), r.err());
    }

    @Test
    void aFileThatIsNotADataFileIsRefusedInWelshAndLeftAsItWas() throws Exception {
        Path notOurs = dir.resolve("notes.db");
        Files.writeString(notOurs, "Nid cronfa ddata mo hon.\n".repeat(200));
        byte[] before = Files.readAllBytes(notOurs);

        CliRun r = run("--db", notOurs, "--lang", "cy", "check");

        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("Nid ffeil ddata RepDesk yw ") && r.err().contains("Ni chyffyrddwyd â hi."), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(notOurs)), "the file is untouched");
    }

    @Test
    void anUnknownLanguageIsBadUsageAndOpensNothing() {
        Path db = dir.resolve("never.db");
        CliRun r = run("--db", db, "--lang", "fr", "check");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--lang"), r.err());
        assertFalse(Files.exists(db));
        assertEquals(2, run("check", "--lang").exit(), "--lang without a language");
        assertEquals(2, run("--lang", "cy", "--lang", "en", "check").exit(), "--lang twice");
    }

    @Test
    void theSummaryIsWrittenInBothLanguagesWhenAsked() throws Exception {
        Path db = dir.resolve("demo.db");
        assertEquals(0, run("--db", db, "demo", "--members", "5", "--cases", "3").exit());
        Path pdf = dir.resolve("both.pdf");
        CliRun r = run("--db", db, "summary", "2026-0001", "--out", pdf, "--lang", "both");
        assertEquals(0, r.exit(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(text.contains("Deadlines and hearings") && text.contains("Terfynau amser a gwrandawiadau"), text);
        }
    }
}
