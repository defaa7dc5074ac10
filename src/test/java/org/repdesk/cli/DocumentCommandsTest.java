package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief, summary and report: documents from the command line, with the usual exit codes. */
class DocumentCommandsTest {

    @TempDir
    Path dir;
    private Path db;
    private String err;
    private String out;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(all, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true,
                StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @BeforeEach
    void demoFile() {
        db = dir.resolve("demo.db");
        assertEquals(0, run("demo", "--members", "40", "--cases", "80"));
    }

    @Test
    void aBriefIsWrittenInTheFormatItsExtensionNames() throws Exception {
        assertEquals(0, run("brief", "--out", dir.resolve("b.pdf").toString(), "--from", "2025-01-01"));
        assertTrue(Files.readString(dir.resolve("b.pdf"), StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(0, run("brief", "--out", dir.resolve("b.html").toString(), "--demand", "urgent-5", "urgent-6"));
        String html = Files.readString(dir.resolve("b.html"));
        assertTrue(html.contains("Suspend capability proceedings") && html.contains("Anonymised"));
        assertFalse(html.contains("Employee care agreement"), "only the demands asked for");
        assertEquals(0, run("brief", "--out", dir.resolve("b.md").toString(), "--region", "wales"));
        assertTrue(Files.readString(dir.resolve("b.md")).startsWith("# Negotiation brief"));
    }

    @Test
    void aBriefWithAWrongExtensionOrDateIsBadUsageAndWritesNothing() {
        assertEquals(2, run("brief", "--out", dir.resolve("b.txt").toString()));
        assertTrue(err.contains("--out must end in .pdf, .html, .md"), err);
        assertEquals(2, run("brief", "--out", dir.resolve("b.pdf").toString(), "--from", "31/02/2026"));
        assertTrue(err.contains("--from must be a date"), err);
        assertFalse(Files.exists(dir.resolve("b.pdf")));
    }

    @Test
    void anUnknownDemandFailsWithOneLine() {
        assertEquals(1, run("brief", "--out", dir.resolve("b.pdf").toString(), "--demand", "no-such"));
        assertEquals(1, err.strip().lines().count(), err);
    }

    @Test
    void summaryAndCaseloadReportWritePdfs() throws Exception {
        assertEquals(0, run("export", "cases", "--format", "csv", "--out", dir.resolve("c.csv").toString()));
        String reference = Files.readAllLines(dir.resolve("c.csv")).get(1).split(",")[0].replace("\"", "");
        assertEquals(0, run("summary", reference, "--out", dir.resolve("s.pdf").toString()));
        assertTrue(Files.size(dir.resolve("s.pdf")) > 1000);
        assertEquals(1, run("summary", "1999-0001", "--out", dir.resolve("none.pdf").toString()));
        assertTrue(err.contains("There is no case 1999-0001"), err);
        assertEquals(0, run("report", "caseload", "--out", dir.resolve("r.pdf").toString()));
        assertEquals(2, run("report", "members", "--out", dir.resolve("r.pdf").toString()));
    }

    @Test
    void aDocumentIsNeverWrittenOverTheDataFile() throws Exception {
        Path odd = Files.move(db, dir.resolve("data.pdf"));
        db = odd;
        long size = Files.size(odd);
        assertEquals(1, run("report", "caseload", "--out", odd.toString()));
        assertTrue(err.contains("is the data file itself"), err);
        assertEquals(size, Files.size(odd));
    }

    @Test
    void deadlinesAndWorkloadRecordsExportAsCsvAndJson() throws Exception {
        Path csv = dir.resolve("d.csv");
        assertEquals(0, run("export", "deadlines", "--format", "csv", "--out", csv.toString()));
        java.util.List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).endsWith("reference,due_on,what,hearing,done,overdue"), lines.get(0));
        Path json = dir.resolve("w.json");
        assertEquals(0, run("export", "workload", "--format", "json", "--out", json.toString()));
        String said = out;
        int deadlines;
        try (var desk = org.repdesk.service.RepDesk.open(db)) { // after the commands: one RepDesk per file
            deadlines = desk.cases().allDeadlines().size();
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
            assertEquals(desk.workload().all().size(), tree.size());
        }
        out = said;
        assertTrue(out.contains("workload records"), out);
        assertTrue(deadlines > 0);
        assertEquals(deadlines, lines.size() - 1, "one line per deadline (descriptions are one line)");
    }
}
