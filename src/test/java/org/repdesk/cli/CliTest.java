package org.repdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private static CliRun repdesk(Object... args) {
        return CliRun.of(name -> null, args); // no REPDESK_PASSPHRASE from the machine running the tests
    }

    // --- capacity (WMT: available = trunc(nominal × contracted/default × (contracted − reduction)/contracted)) ---

    @Test
    void capacityForAFullTimePoWithAFifthReducedIs1736PointsAndPrintsPercentToOneDecimal() {
        // 2171 × 37/37 × (37 − 7.4)/37 = 2171 × 0.8 = 1736.8 → 1736; 1900 / 1736 = 109.447...%
        CliRun run = repdesk("capacity", "--grade", "PO", "--contracted-hours", "37", "--reduction-hours", "7.4",
                "--workload-points", "1900", "--db", dir.resolve("none.db"));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Available points: 1736\n"), run.out());
        assertTrue(run.out().contains("Capacity: 109.4%\n"), run.out());
        assertFalse(run.out().contains("Over the employer's"), "109.4% is not over 110%");
    }

    @Test
    void capacityForAPartTimePsoUsesThePsoTargetAndFlagsOver110() {
        // 2659 × 22.5/37 × 1 = 1616.96 → 1616; 1800 / 1616 = 111.386...%
        CliRun run = repdesk("capacity", "--grade", "pso", "--contracted-hours", "22.5", "--reduction-hours", "0",
                "--workload-points", "1800", "--db", dir.resolve("none.db"));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Available points: 1616\n"), run.out());
        assertTrue(run.out().contains("Capacity: 111.4%\n"), run.out());
        assertTrue(run.out().contains("Over the employer's 110% threshold"), run.out());
    }

    @Test
    void capacityTakesANominalTargetAndDefaultHoursFromTheCommandLine() {
        // 2500 × 37/40 × (37 − 3.7)/37 = 2500 × 0.8325 = 2081.25 → 2081; 1500 / 2081 = 72.08...%
        CliRun run = repdesk("capacity", "--grade", "PO", "--contracted-hours", "37", "--reduction-hours", "3.7",
                "--workload-points", "1500", "--nominal-target", "2500", "--default-hours", "40",
                "--db", dir.resolve("none.db"));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Available points: 2081\n"), run.out());
        assertTrue(run.out().contains("Capacity: 72.1%\n"), run.out());
    }

    @Test
    void capacityNeverCreatesADataFile() {
        Path db = dir.resolve("never.db");

        repdesk("capacity", "--grade", "PO", "--contracted-hours", "37", "--reduction-hours", "0",
                "--workload-points", "10", "--db", db);

        assertFalse(Files.exists(db));
    }

    @Test
    void capacityWithAnUnknownGradeOrAMissingOptionIsBadUsage() {
        CliRun unknownGrade = repdesk("capacity", "--grade", "Chief", "--contracted-hours", "37", "--reduction-hours",
                "0", "--workload-points", "10");
        CliRun missing = repdesk("capacity", "--grade", "PO", "--reduction-hours", "0", "--workload-points", "10");
        CliRun notANumber = repdesk("capacity", "--grade", "PO", "--contracted-hours", "lots", "--reduction-hours", "0",
                "--workload-points", "10");

        assertEquals(2, unknownGrade.exit());
        assertTrue(unknownGrade.err().contains("unknown grade \"Chief\""), unknownGrade.err());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("missing --contracted-hours"), missing.err());
        assertTrue(missing.errLines().get(1).startsWith("usage: repdesk"), missing.err());
        assertEquals(2, notANumber.exit());
    }

    // --- usage ---

    @Test
    void anUnknownCommandIsBadUsageAndCreatesNoDataFile() {
        Path db = dir.resolve("x.db");

        CliRun run = repdesk("--db", db, "frobnicate");

        assertEquals(2, run.exit());
        assertEquals(2, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).contains("unknown command \"frobnicate\""), run.err());
        assertTrue(run.errLines().get(1).startsWith("usage: "), run.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void anUnknownOptionOrAMissingValueIsBadUsageAndCreatesNoDataFile() {
        Path db = dir.resolve("x.db");

        assertEquals(2, repdesk("--db", db, "demo", "--colour", "red").exit());
        assertEquals(2, repdesk("--db", db, "demo", "--members").exit());
        assertEquals(2, repdesk("--db", db, "demo", "--members", "many").exit());
        assertEquals(2, repdesk("--db", db, "export", "members", "--format", "xml", "--out", dir.resolve("m.xml"))
                .exit());
        assertEquals(2, repdesk("--db", db, "import", "members").exit());
        assertEquals(2, repdesk("--db").exit());
        assertFalse(Files.exists(db));
    }

    @Test
    void helpPrintsEveryCommandAndExitsZero() {
        CliRun run = repdesk("help");

        assertEquals(0, run.exit());
        for (String command : List.of("demo", "import members", "export members|cases|demands",
                "demands [--load-bulletins]", "capacity", "check")) {
            assertTrue(run.out().contains(command), command);
        }
        assertEquals(0, repdesk("--help").exit());
        assertTrue(Cli.hasCommand(new String[] {"--help"}), "--help goes to the command line, not the window");
        assertFalse(Cli.hasCommand(new String[] {"--db", "x.db"}), "only --db opens the app");
        assertTrue(Cli.hasCommand(new String[] {"--db"}), "--db without a file is reported, not opened");
    }

    @Test
    void theCommandLineIsReadOnceInItsLanguageAndTheRunSpeaksIt() {
        java.util.Locale before = org.repdesk.i18n.Messages.language();
        Cli.Invocation typo = Cli.read(new String[] {"--lang", "cy", "--db", dir.resolve("x.db").toString(), "brif"});
        assertEquals(before, org.repdesk.i18n.Messages.language(), "reading leaves the language as found");

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = Cli.run(typo, new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, said);
        assertTrue(said.contains("gorchymyn anhysbys \"brif\"") && said.contains("defnydd: "), said);
        assertEquals(before, org.repdesk.i18n.Messages.language(), "running leaves it as found too");
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void sqliteIsLoadedAheadOnlyForACommandThatMayOpenADataFile() {
        assertTrue(Cli.mayOpenDataFile(new String[] {"--db", "x.db", "export", "cases", "--format", "csv"}));
        assertTrue(Cli.mayOpenDataFile(new String[] {"check", "--db=x.db"}));
        assertFalse(Cli.mayOpenDataFile(new String[] {"help"}));
        assertFalse(Cli.mayOpenDataFile(new String[] {"--version"}));
        assertFalse(Cli.mayOpenDataFile(new String[] {"--db", "x.db"}), "the app, which loads it itself");
        assertFalse(Cli.mayOpenDataFile(new String[] {"--db", "postgresql://server/branch?user=olive", "check"}));
        assertFalse(Cli.mayOpenDataFile(new String[] {"--db=postgresql://server/branch?user=olive", "brief"}));
    }

    // --- demo, check ---

    @Test
    void demoFillsANewFileAndRefusesAFileWithDataInOneLine() {
        Path db = dir.resolve("demo.db");

        CliRun first = repdesk("demo", "--members", "12", "--cases", "20", "--seed", "3", "--db", db);
        CliRun again = repdesk("--db", db, "demo");

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("12 members, 20 cases"), first.out());
        assertEquals(1, again.exit());
        assertEquals(1, again.errLines().size(), again.err());
        assertTrue(again.err().startsWith("repdesk: "), again.err());
        assertTrue(again.err().contains("only into an empty file"), again.err());
    }

    @Test
    void checkPassesOnAHealthyFile() {
        Path db = dir.resolve("ok.db");
        repdesk("--db", db, "demo", "--members", "10", "--cases", "15");

        CliRun run = repdesk("check", "--db", db);

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("no problems found (10 members, 15 cases"), run.out());
        assertTrue(run.out().contains("That was the quick check"), run.out());

        CliRun full = repdesk("check", "--full", "--db", db);
        assertEquals(0, full.exit(), full.err());
        assertFalse(full.out().contains("quick check"), full.out());
    }

    @Test
    void checkOnATextFileFailsInOneLineAndLeavesItUntouched() throws IOException {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "shopping list: milk, eggs");

        CliRun run = repdesk("--db", notes, "check");

        assertEquals(1, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("not a RepDesk data file"), run.err());
        assertEquals("shopping list: milk, eggs", Files.readString(notes));
    }

    @Test
    void checkOnAMissingFileFailsWithoutCreatingIt() {
        Path db = dir.resolve("missing.db");

        CliRun run = repdesk("--db", db, "check");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("There is no data file at"), run.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void checkOnADamagedFileFails() throws IOException {
        Path db = dir.resolve("damaged.db");
        repdesk("--db", db, "demo", "--members", "50", "--cases", "200");
        long size = Files.size(db);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            file.seek(size / 2 - (size / 2) % 4096); // a whole page in the middle of the file
            file.write(junk);
        }

        CliRun run = repdesk("--db", db, "check");

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().startsWith("repdesk: "), run.err());
    }

    // --- import, export ---

    @Test
    void importOfAGoodFileSaysHowManyAndExportRoundTripsIntoAnEmptyFile() throws IOException {
        Path source = dir.resolve("source.db");
        repdesk("--db", source, "demo", "--members", "30", "--cases", "5");
        Path csv = dir.resolve("members.csv");

        CliRun export = repdesk("--db", source, "export", "members", "--format", "csv", "--out", csv);
        CliRun imported = repdesk("import", "members", csv, "--db", dir.resolve("copy.db"));
        CliRun exportAgain = repdesk("--db", dir.resolve("copy.db"), "export", "members", "--format", "CSV", "--out",
                dir.resolve("again.csv"));

        assertEquals(0, export.exit(), export.err());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().startsWith("Imported 30 members"), imported.out());
        assertEquals(0, exportAgain.exit(), exportAgain.err());
        assertEquals(Files.readString(csv), Files.readString(dir.resolve("again.csv")));
    }

    @Test
    void importOfABadFileListsEveryBadLineAndCreatesNoDataFile() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "membership_number,name,union,grade\nN1,,Napo,PO\nN2,Someone,Napo,PO\nN3,X,RMT,PO\n");
        Path db = dir.resolve("never.db");

        CliRun run = repdesk("--db", db, "import", "members", csv);

        assertEquals(1, run.exit());
        List<String> lines = run.errLines();
        assertEquals(3, lines.size(), run.err());
        assertTrue(lines.get(0).contains("2 problems; nothing was imported"), lines.get(0));
        assertTrue(lines.get(1).contains("Line 2: Name is required."), lines.get(1));
        assertTrue(lines.get(2).contains("Line 4: Unknown union \"RMT\""), lines.get(2));
        assertFalse(Files.exists(db));
    }

    @Test
    void importOfAFileRefusedAfterItsFirstBatchesLeavesNoDataFileBehind() throws IOException {
        StringBuilder rows = new StringBuilder("membership_number,name,union,grade\n");
        for (int i = 0; i < 2_500; i++) { // read once, added as read: a data file is made before line 2,402
            rows.append("N").append(i).append(i == 2_400 ? ",," : ",Member " + i + ",").append("Napo,PO\n");
        }
        Path csv = Files.writeString(dir.resolve("late.csv"), rows);
        Path db = dir.resolve("late.db");

        CliRun run = repdesk("--db", db, "import", "members", csv);

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Line 2402: Name is required."), run.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("late.db"))
                    .toList(), "the data file made for the import, and its lock, are gone");
        }
    }

    @Test
    void importOfAMissingCsvFailsInOneLine() {
        CliRun run = repdesk("--db", dir.resolve("x.db"), "import", "members", dir.resolve("nope.csv"));

        assertEquals(1, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("no such file"), run.err());
        assertFalse(Files.exists(dir.resolve("x.db")));
    }

    @Test
    void exportRefusesToWriteOverTheDataFileItself() throws IOException {
        Path db = dir.resolve("d.db");
        repdesk("--db", db, "demo", "--members", "5", "--cases", "8");
        long size = Files.size(db);

        CliRun run = repdesk("--db", db, "export", "members", "--format", "csv", "--out", dir.resolve("./d.db"));

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("is the data file itself"), run.err());
        assertEquals(size, Files.size(db));
        assertEquals(0, repdesk("--db", db, "check").exit());
    }

    @Test
    void exportOfCasesAsJsonWritesAnArray() throws IOException {
        Path db = dir.resolve("d.db");
        repdesk("--db", db, "demo", "--members", "5", "--cases", "8");
        Path json = dir.resolve("cases.json");

        CliRun run = repdesk("export", "cases", "--out", json, "--format", "json", "--db", db);

        assertEquals(0, run.exit(), run.err());
        assertEquals(8, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).size());
    }

    // --- demands ---

    @Test
    void demandsPrintsEveryDemandInAlignedColumnsUnderAHeader() {
        Path db = dir.resolve("d.db");
        repdesk("--db", db, "demo", "--members", "20", "--cases", "60");

        CliRun run = repdesk("--db", db, "demands");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        String header = lines.get(0);
        assertTrue(header.startsWith("Status "), header);
        assertTrue(lines.get(1).matches("-+( +-+)+"), "a rule under the header: " + lines.get(1));
        List<String> rows = lines.subList(2, lines.indexOf(""));
        assertEquals(21, rows.size(), run.out());
        int demandAt = header.indexOf("Demand");
        int kindAt = header.indexOf("Kind");
        int lastAt = header.indexOf("Last response");
        int openEnd = header.indexOf("Open") + "Open".length();
        for (String row : rows) {
            assertTrue(row.charAt(demandAt - 1) == ' ' && row.charAt(demandAt) != ' ', row);
            assertTrue(row.substring(kindAt).matches("(Campaign aim|Urgent demand|Local demand) .*"), row);
            assertTrue(row.substring(lastAt).matches("(\\d\\d/\\d\\d/\\d{4}|—) .*"), row);
            assertTrue(Character.isDigit(row.charAt(openEnd - 1)), "numbers right-aligned: " + row);
            assertTrue(row.length() <= 120, "fits a wide terminal: " + row);
        }
        String refused = rows.stream().filter(r -> r.startsWith("Refused ")).findFirst().orElseThrow();
        assertTrue(refused.contains("Strategic workload reduction programme"), refused);
        List<String> overdue = rows.stream().filter(r -> r.endsWith("OVERDUE")).toList();
        assertEquals(1, overdue.size(), run.out());
        assertTrue(overdue.get(0).contains("Release the embargoed staffing data"), overdue.get(0));
        String cut = rows.stream().filter(r -> r.contains("Suspend capability proceedings")).findFirst().orElseThrow();
        assertTrue(cut.substring(demandAt, kindAt).strip().matches("Suspend capability proceedings where [a-z ]*…"),
                "long titles are cut at a word: " + cut);
        assertTrue(run.out().contains("21 demands; 1 with a promise overdue"), run.out());
    }

    @Test
    void longTitlesAreCutAtAWordWithoutADanglingShortWord() {
        assertEquals("Suspend capability proceedings where workload…",
                DemandsCommand.shorten("Suspend capability proceedings where workload is a factor", 52));
        assertEquals("Review the Prioritisation Framework (all regions…",
                DemandsCommand.shorten("Review the Prioritisation Framework (all regions to Red)", 52));
        assertEquals("Employer pledge to prevent workloads above capacity",
                DemandsCommand.shorten("Employer pledge to prevent workloads above capacity", 52));
    }

    @Test
    void demandsOnAnEmptyLogSuggestsLoadingTheCampaignsDemands() {
        Path db = dir.resolve("empty.db");
        org.repdesk.service.RepDesk.open(db).close();

        CliRun run = repdesk("--db", db, "demands");

        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("Load the campaign's demands"), run.out());
        assertTrue(run.out().contains("repdesk demands --load-bulletins"), run.out());
    }

    @Test
    void loadBulletinsAddsTheCampaignsDemandsOnceAndShowsThem() {
        Path db = dir.resolve("log.db");
        org.repdesk.service.RepDesk.open(db).close();

        CliRun first = repdesk("--db", db, "demands", "--load-bulletins");
        CliRun second = repdesk("--db", db, "demands", "--load-bulletins");

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().startsWith("Added 18 demands from the campaign bulletins."), first.out());
        assertTrue(first.out().contains("18 demands; no promise overdue."), first.out());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().startsWith("The campaign's demands were already in the log; nothing added."),
                second.out());
        assertTrue(second.out().contains("18 demands;"), second.out());
    }

    @Test
    void demandsOnAMissingFileFailsWithoutCreatingItAndAFlagTakesNoValue() {
        Path db = dir.resolve("missing.db");

        CliRun missing = repdesk("--db", db, "demands");
        CliRun flagWithValue = repdesk("--db", db, "demands", "--load-bulletins=yes");
        CliRun twice = repdesk("--db", db, "demands", "--load-bulletins", "--load-bulletins");
        CliRun extraWord = repdesk("--db", db, "demands", "all");

        assertEquals(1, missing.exit());
        assertEquals(1, missing.errLines().size(), missing.err());
        assertTrue(missing.err().contains("There is no data file at"), missing.err());
        assertEquals(2, flagWithValue.exit());
        assertTrue(flagWithValue.err().contains("--load-bulletins takes no value"), flagWithValue.err());
        assertEquals(2, twice.exit());
        assertEquals(2, extraWord.exit());
        assertFalse(Files.exists(db));
    }

    @Test
    void exportOfDemandsAsCsvHasOneRowPerDemandWithItsEvidence() throws IOException {
        Path db = dir.resolve("d.db");
        repdesk("--db", db, "demo", "--members", "20", "--cases", "60");
        Path csv = dir.resolve("demands.csv");

        CliRun run = repdesk("--db", db, "export", "demands", "--format", "csv", "--out", csv);

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Exported 21 demands to "), run.out());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFtitle,kind,status,priority,raised_on,raised_by,last_response_on,"
                + "promise_overdue,linked_cases,open_cases,closed_cases,evidence_rule\r\n"), text);
        com.fasterxml.jackson.dataformat.csv.CsvMapper mapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> it = mapper
                .readerForMapOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .readValues(text.substring(1))) {
            it.forEachRemaining(rows::add);
        }
        assertEquals(21, rows.size());
        java.util.Map<String, String> staffing = rows.stream()
                .filter(r -> r.get("title").equals("Release the embargoed staffing data")).findFirst().orElseThrow();
        assertEquals("In discussion", staffing.get("status"));
        assertEquals("true", staffing.get("promise_overdue"));
        java.util.Map<String, String> capability = rows.stream()
                .filter(r -> r.get("title").equals("Suspend capability proceedings where workload is a factor"))
                .findFirst().orElseThrow();
        assertEquals("Capability cases where workload is a factor (yes or disputed)", capability.get("evidence_rule"));
        assertEquals(Integer.parseInt(capability.get("linked_cases")),
                Integer.parseInt(capability.get("open_cases")) + Integer.parseInt(capability.get("closed_cases")));
    }

    @Test
    void exportOfDemandsAsJsonReadsBackWithEachDemandsDatedHistoryAndResponses() throws IOException {
        Path db = dir.resolve("d.db");
        repdesk("--db", db, "demo", "--members", "20", "--cases", "60");
        Path json = dir.resolve("demands.json");

        CliRun run = repdesk("--db", db, "export", "demands", "--format", "JSON", "--out", json);

        assertEquals(0, run.exit(), run.err());
        com.fasterxml.jackson.databind.json.JsonMapper mapper = com.fasterxml.jackson.databind.json.JsonMapper
                .builder().addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .propertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE).build();
        List<org.repdesk.service.Exporter.DemandRecord> records = mapper.readValue(json.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<>() { });
        try (org.repdesk.service.RepDesk desk = org.repdesk.service.RepDesk.open(db)) {
            var summaries = desk.demands().summaries();
            assertEquals(summaries.size(), records.size());
            for (int i = 0; i < records.size(); i++) {
                var record = records.get(i);
                var demand = summaries.get(i).demand();
                var counts = desk.demands().evidenceCounts(demand.id());
                assertEquals(demand.title(), record.title());
                assertEquals(demand.text(), record.text());
                assertEquals(demand.status().label(), record.status());
                assertEquals(demand.raisedOn(), record.raisedOn());
                assertEquals(summaries.get(i).lastResponseOn(), record.lastResponseOn());
                assertEquals(List.of(counts.total(), counts.open(), counts.closed()),
                        List.of(record.linkedCases(), record.openCases(), record.closedCases()), demand.title());
                assertEquals(desk.demands().history(demand.id()).stream().map(h -> h.changedOn() + " " + h.to().label())
                        .toList(), record.statusHistory().stream().map(h -> h.changedOn() + " " + h.to()).toList());
                assertEquals(desk.demands().responses(demand.id()).stream().map(r -> r.respondedOn() + " " + r.said())
                        .toList(), record.responses().stream().map(r -> r.respondedOn() + " " + r.said()).toList());
                assertEquals(desk.demands().meetingsOf(demand.id()).size(), record.meetings().size());
            }
        }
        var staffing = records.stream().filter(r -> r.title().equals("Release the embargoed staffing data"))
                .findFirst().orElseThrow();
        assertTrue(staffing.promiseOverdue());
        assertTrue(staffing.responses().stream().anyMatch(r -> r.promiseOverdue() && r.meeting() != null),
                "the overdue promise was made at a meeting");
        assertEquals(null, staffing.statusHistory().get(0).from(), "the first entry records the demand raised");
    }

    // --- backup and restore ---

    @Test
    void backupToAFileAndRestoreItKeepingTheReplacedFileAside() throws IOException {
        Path db = dir.resolve("r.db");
        repdesk("--db", db, "demo", "--members", "5", "--cases", "10");
        Path copy = dir.resolve("copy.db");

        CliRun backup = repdesk("--db", db, "backup", "--out", copy);
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().contains("Backed up"), backup.out());
        assertEquals(1, repdesk("--db", db, "backup", "--out", copy).exit(), "an existing file is not overwritten");

        CliRun restore = repdesk("--db", db, "restore", copy);
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().contains("5 members, 10 cases"), restore.out());
        assertTrue(restore.out().contains("r-replaced-"), restore.out());
        assertEquals(0, repdesk("--db", db, "check").exit());
    }

    @Test
    void backupWithoutOutGoesToTheBackupsFolderAndListShowsIt() {
        Path db = dir.resolve("b.db");
        repdesk("--db", db, "demo", "--members", "3", "--cases", "3");
        assertEquals(0, repdesk("--db", db, "backup").exit());
        CliRun list = repdesk("--db", db, "backup", "--list");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("backed up by you"), list.out());
        assertEquals(2, repdesk("--db", db, "backup", "--list", "--out", "x.db").exit());
    }

    @Test
    void restoreOfATextFileSaysWhyAndChangesNothing() throws IOException {
        Path db = dir.resolve("t.db");
        repdesk("--db", db, "demo", "--members", "3", "--cases", "3");
        byte[] before = java.nio.file.Files.readAllBytes(db);
        Path text = dir.resolve("notes.txt");
        java.nio.file.Files.writeString(text, "not a backup");
        CliRun run = repdesk("--db", db, "restore", text);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("not a RepDesk data file"), run.err());
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(db)));
    }
}
