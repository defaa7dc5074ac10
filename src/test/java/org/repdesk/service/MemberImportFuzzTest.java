package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.cli.Cli;
import org.repdesk.store.Integrity;
import org.repdesk.testing.Fuzz;
import org.repdesk.testing.TestDesk;

/**
 * The CSV importer against seeded random files: good rows with any script and quoting, bad rows of
 * every kind (numbers in wrong formats, unknown unions, control characters, 1 MB values, stray
 * quotes, wrong column counts, bytes that are not UTF-8, SQL). Properties: never a crash; all or
 * nothing; a file with no bad row imports every row exactly; a file with bad rows imports no one
 * and names each bad row's line.
 */
class MemberImportFuzzTest {

    /** Random files per run; docs/data-safety.md quotes the figure. */
    static final int FILES = 400;
    private static final Logger LOG = Logger.getLogger(MemberImportFuzzTest.class.getName());
    private static final String HEADER = "membership_number,name,union,grade,team,office,region,email,phone,"
            + "contracted_hours";
    /** Hours written in ways a spreadsheet or a person might, none of them a plain number. */
    static final List<String> WRONG_NUMBERS = List.of("37,5", "1e2", "NaN", "Infinity", "-5", "37h", "37 hours",
            "٣٧", "0x25", "1,000", "+37", "37.5.1", ".", "½", "thirty-seven", "37..5", "3 7", "∞", "1_000", "0037.5x");

    @TempDir
    Path dir;
    private RepDesk desk;
    private int rowsImported;
    private int filesRefused;
    private int filesImported;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void close() {
        assertEquals(List.of(), new Integrity(desk.database()).sqliteProblems());
        desk.close();
    }

    /** A row and whether it is good. */
    private record Line(String text, boolean good) {
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private Line goodRow(Fuzz fuzz, String number) {
        Random r = fuzz.random();
        String hours = r.nextBoolean() ? "" : String.valueOf(1 + r.nextInt(59)) + (r.nextBoolean() ? ".5" : "");
        return new Line(String.join(",", number, quoted(fuzz.cleanLine(60)), fuzz.pick(new String[] {"Napo", "napo",
            "GMB_SCOOP", "gmb/scoop"}), fuzz.pick(new String[] {"PO", "pso", "Case administrator"}),
                quoted(fuzz.cleanLine(30)), quoted(fuzz.cleanLine(30)), "", "", "", hours), true);
    }

    private Line badRow(Fuzz fuzz, String number) {
        Random r = fuzz.random();
        Line good = goodRow(fuzz, number);
        List<String> cells = new ArrayList<>(List.of(good.text().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
        switch (r.nextInt(8)) {
            case 0 -> cells.set(9, fuzz.pick(WRONG_NUMBERS.toArray(String[]::new)));
            case 1 -> cells.set(2, quoted(fuzz.cleanLine(10) + "union"));
            case 2 -> cells.set(1, quoted("Name\u0007" + fuzz.cleanLine(10)));
            case 3 -> cells.set(1, quoted("x".repeat(r.nextBoolean() ? 201 : 1_048_576)));
            case 4 -> cells.add("extra");
            case 5 -> cells.remove(cells.size() - 1);
            case 6 -> cells.set(1, "");
            default -> cells.set(7, quoted(fuzz.cleanLine(20) + "' OR 1=1; --"));
        }
        return new Line(String.join(",", cells), false);
    }

    @Test
    void randomFilesImportWholeOrNotAtAllAndNameEveryBadLine() throws IOException {
        Fuzz fuzz = new Fuzz(42);
        Random r = fuzz.random();
        for (int f = 0; f < FILES; f++) {
            int rows = 1 + r.nextInt(15);
            boolean anyBad = r.nextInt(3) == 0;
            List<Line> lines = new ArrayList<>();
            Set<Long> badLines = new TreeSet<>();
            for (int i = 0; i < rows; i++) {
                String number = "F" + f + "-" + i;
                boolean bad = anyBad && (r.nextInt(4) == 0 || i == rows - 1 && badLines.isEmpty());
                lines.add(bad ? badRow(fuzz, number) : goodRow(fuzz, number));
                if (bad) {
                    badLines.add((long) i + 2);
                }
            }
            String newline = r.nextBoolean() ? "\r\n" : "\n";
            StringBuilder csv = new StringBuilder(r.nextBoolean() ? "\uFEFF" : "").append(HEADER).append(newline);
            lines.forEach(l -> csv.append(l.text()).append(newline));

            int before = desk.members().all().size();
            MemberImport.Result result = desk.memberImport().importAll(MemberImport.read(
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))));
            int after = desk.members().all().size();

            if (badLines.isEmpty()) {
                assertEquals(List.of(), result.problems(), "file " + f);
                assertEquals(rows, result.imported());
                assertEquals(before + rows, after);
                rowsImported += rows;
                filesImported++;
            } else {
                assertFalse(result.succeeded(), "file " + f + " has bad lines " + badLines);
                assertEquals(before, after, "all or nothing: file " + f);
                Set<Long> named = new TreeSet<>();
                result.problems().forEach(p -> {
                    named.add(p.line());
                    assertFalse(p.reason().isBlank());
                    assertTrue(p.describe().length() < 600, "a message, not an echo of a 1 MB value");
                });
                assertEquals(badLines, named, "file " + f + ": " + result.problems());
                filesRefused++;
            }
        }
        LOG.info(() -> "csv fuzz: " + FILES + " files, " + filesImported + " imported whole (" + rowsImported
                + " rows), " + filesRefused + " refused whole with every bad line named");
    }

    @Test
    void randomBytesAndBrokenQuotingNeverCrashAndImportNoOne() throws IOException {
        Fuzz fuzz = new Fuzz(7);
        Random r = fuzz.random();
        for (int f = 0; f < FILES; f++) {
            byte[] bytes;
            if (f % 2 == 0) {
                bytes = new byte[r.nextInt(2_000)];
                r.nextBytes(bytes);
            } else {
                String text = HEADER + "\n" + goodRow(fuzz, "Q" + f).text() + "\n" + fuzz.text() + "\"" + fuzz.text();
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
            int before = desk.members().all().size();
            MemberImport.Result result = desk.memberImport().importAll(MemberImport.read(new ByteArrayInputStream(bytes)));
            if (result.succeeded()) {
                assertEquals(before + result.imported(), desk.members().all().size());
            } else {
                assertEquals(before, desk.members().all().size(), "all or nothing");
                result.problems().forEach(p -> assertTrue(p.line() >= 1 && !p.reason().isBlank(), p.describe()));
            }
        }
    }

    @Test
    void everyWrongNumberFormatIsRefusedWithAMessageNotGuessed() throws IOException {
        for (String hours : WRONG_NUMBERS) {
            String csv = HEADER + "\nW1,Pat Doe,Napo,PO,,,,,," + (hours.contains(",") ? "\"" + hours + "\"" : hours) + "\n";
            MemberImport.Result result = desk.memberImport().importAll(
                    MemberImport.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
            assertEquals(1, result.problems().size(), hours);
            assertTrue(result.problems().get(0).reason().contains("Contracted hours"), result.problems().toString());
            assertEquals(0, desk.members().all().size());
        }
    }

    @Test
    void everyWrongDateFormatIsRefusedWithAMessageNotGuessed() {
        Path db = dir.resolve("dates.db");
        RepDesk.open(db).close();
        for (String date : List.of("2026-13-01", "2026-02-30", "31/02/2026", "11/23/2026", "23.11.2026", "26-11-23",
                "23/11/26", "tomorrow", "2026/11/23", "20261123", "2026-11-23T10:00", "", " ", "٢٠٢٦-١١-٢٣")) {
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            int exit = Cli.run(new String[] {"--db", db.toString(), "brief", "--out", dir.resolve("b.md").toString(),
                "--from", date}, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, exit, date + ": " + err.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--from must be a date like 2026-11-23"),
                    err.toString(StandardCharsets.UTF_8));
        }
    }
}
