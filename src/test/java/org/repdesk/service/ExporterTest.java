package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.Deadline;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;
import org.repdesk.testing.TestDesk;

class ExporterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;
    private RepDesk desk;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void memberCsvStartsWithABomAndReadsBackAsRfc4180WithTheImportColumns() throws IOException {
        desk.members().save(aMember().number("N1").named("O'Neil, Siân \"Shan\"").inUnion(Union.GMB_SCOOP)
                .inRegion(Region.KENT_SURREY_AND_SUSSEX).hours(22.5).build());
        Path out = dir.resolve("members.csv");

        int n = new Exporter(desk).exportMembers(Exporter.Format.CSV, out);

        assertEquals(1, n);
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(BOM, java.util.Arrays.copyOf(bytes, 3));
        List<List<String>> rows = readCsv(out);
        assertEquals(MemberImport.COLUMNS, rows.get(0));
        assertEquals(List.of("N1", "O'Neil, Siân \"Shan\"", "GMB/SCOOP", "PO", "Team A", "Main office",
                "Kent, Surrey and Sussex", "", "", "22.5"), rows.get(1));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), "RFC 4180 lines end in CRLF");
    }

    @Test
    void membersExportedToCsvImportIntoAnEmptyFileUnchanged() throws IOException {
        desk.members().save(aMember().number("N1").named("Siân Llewellyn").inRegion(Region.WALES).build());
        desk.members().save(aMember().number("U22").named("Łukasz Nowak, Jr").inUnion(Union.UNISON).grade(Grade.PSO)
                .email("lukasz@example.org").hours(null).build());
        desk.members().save(aMember().number("G3").named("Zoë \"Zo\" Okafor").inUnion(Union.GMB_SCOOP)
                .grade(Grade.CASE_ADMINISTRATOR).hours(18.5).build());
        Path out = dir.resolve("members.csv");
        new Exporter(desk).exportMembers(Exporter.Format.CSV, out);

        try (RepDesk empty = TestDesk.open(dir.resolve("second"))) {
            MemberImport.Result result = new MemberImport(empty.database()).importFile(out);

            assertEquals(List.of(), result.problems());
            assertEquals(withoutIds(desk.members().all()), withoutIds(empty.members().all()));
        }
    }

    @Test
    void caseCsvCarriesTheMemberTheLabelsAndTheNextOpenDeadline() throws IOException {
        Member member = desk.members().save(aMember().number("N9").named("Aoife Byrne").build());
        CaseFile opened = desk.cases().open(aCase(member).openedOn(LocalDate.of(2026, 3, 2)).build());
        desk.cases().addDeadline(Deadline.of(opened.id(), LocalDate.of(2026, 12, 1), "Appeal letter", false));
        desk.cases().addDeadline(Deadline.of(opened.id(), LocalDate.of(2026, 11, 30), "Hearing", true));
        Path out = dir.resolve("cases.csv");

        new Exporter(desk).exportCases(Exporter.Format.CSV, out);

        List<List<String>> rows = readCsv(out);
        assertEquals(List.of("reference", "membership_number", "member_name", "type", "status", "stage", "opened_on",
                "closed_on", "manager", "outcome", "workload_factor", "workload_account", "next_deadline"), rows.get(0));
        assertEquals(List.of(opened.reference(), "N9", "Aoife Byrne", "Capability", "Open",
                "Informal stage (support and improvement plan)", "2026-03-02", "", "", "", "Yes", "", "2026-11-30"),
                rows.get(1));
    }

    @Test
    void aClosedCaseExportsItsDatesCodesAndTheRepsOwnWordsAsTyped() throws IOException {
        Member member = desk.members().save(aMember().number("N|8").named("Siân \"Sid\" O'Neill, PSO").build());
        CaseFile closed = desk.cases().open(aCase(member).openedOn(LocalDate.of(2025, 1, 6))
                .manager("Lee | Oyelaran, SPO").account("Caseload 140%;\nno WMT relief")
                .closed(LocalDate.of(2025, 6, 30), "Withdrawn | no warning").build());
        Path out = dir.resolve("cases.csv");

        new Exporter(desk).exportCases(Exporter.Format.CSV, out);

        List<String> row = readCsv(out).get(1);
        assertEquals(closed.reference(), row.get(0));
        assertEquals(List.of("N|8", "Siân \"Sid\" O'Neill, PSO"), row.subList(1, 3));
        assertEquals(List.of("2025-01-06", "2025-06-30", "Lee | Oyelaran, SPO", "Withdrawn | no warning"),
                row.subList(6, 10));
        assertEquals("Caseload 140%;\nno WMT relief", row.get(11));
        assertEquals("", row.get(12), "a closed case has nothing coming up");
    }

    @Test
    void aCaseWhoseCodesCannotBeReadStopsTheExportWithAMessageAndKeepsThePreviousFile() throws IOException {
        Member member = desk.members().save(aMember().number("N10").named("Bethan Wyn").build());
        desk.cases().open(aCase(member).build());
        Path out = dir.resolve("cases.csv");
        Files.writeString(out, "the previous export");
        desk.database().write(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE case_file SET case_type = 'CAPABILITY' || char(31) || 'X'");
            }
        });

        org.repdesk.store.StoreException e = assertThrows(org.repdesk.store.StoreException.class,
                () -> new Exporter(desk).exportCases(Exporter.Format.CSV, out));

        assertEquals(org.repdesk.store.StoreException.Kind.DAMAGED, e.kind());
        assertTrue(e.getMessage().contains("the export stopped"), e.getMessage());
        assertEquals("the previous export", Files.readString(out));
    }

    @Test
    void aCaseWithADateThatIsNoRealDayStopsTheExportWithAMessage() throws IOException {
        Member member = desk.members().save(aMember().number("N11").named("Dafydd Rhys").build());
        desk.cases().open(aCase(member).build());
        Path out = dir.resolve("cases.csv");
        desk.database().write(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                return st.executeUpdate("UPDATE case_file SET opened_on = '2026-02-30'");
            }
        });

        org.repdesk.store.StoreException e = assertThrows(org.repdesk.store.StoreException.class,
                () -> new Exporter(desk).exportCases(Exporter.Format.CSV, out));

        assertEquals(org.repdesk.store.StoreException.Kind.DAMAGED, e.kind());
        assertFalse(Files.exists(out), "no half-written file");
    }

    @Test
    void caseExportsListEveryCaseInReferenceOrderWhateverOrderTheyWereOpenedIn() throws IOException {
        Member member = desk.members().save(aMember().number("N7").named("Cerys Jones").build());
        List<String> references = new java.util.ArrayList<>();
        for (int year : new int[] {2026, 2024, 2025, 2024}) {
            references.add(desk.cases().open(aCase(member).openedOn(LocalDate.of(year, 5, 1)).build()).reference());
        }
        references.sort(null);
        Path csv = dir.resolve("cases.csv");
        Path json = dir.resolve("cases.json");

        assertEquals(4, new Exporter(desk).exportCases(Exporter.Format.CSV, csv));
        assertEquals(4, new Exporter(desk).exportCases(Exporter.Format.JSON, json));

        assertEquals(references, readCsv(csv).subList(1, 5).stream().map(row -> row.get(0)).toList());
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        List<String> jsonReferences = new java.util.ArrayList<>();
        rows.forEach(row -> jsonReferences.add(row.get("reference").asText()));
        assertEquals(references, jsonReferences);
    }

    @Test
    void caseJsonParsesBackWithIsoDates() throws IOException {
        Member member = desk.members().save(aMember().named("Rhys Evans").build());
        CaseFile c = desk.cases().open(aCase(member).build());
        desk.cases().update(c.withStatus(CaseStatus.CLOSED, LocalDate.of(2026, 6, 1), "Warning withdrawn."));
        Path out = dir.resolve("cases.json");

        new Exporter(desk).exportCases(Exporter.Format.JSON, out);

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertTrue(json.isArray());
        assertEquals(1, json.size());
        assertEquals("Rhys Evans", json.get(0).get("member_name").asText());
        assertEquals("Closed", json.get(0).get("status").asText());
        assertEquals("2026-06-01", json.get(0).get("closed_on").asText());
        assertEquals("Warning withdrawn.", json.get(0).get("outcome").asText());
        assertTrue(json.get(0).get("next_deadline").isNull());
    }

    @Test
    void memberJsonUsesTheSameNamesAndLabels() throws IOException {
        desk.members().save(aMember().number("N1").named("Ffion Hughes").hours(37.0).build());
        Path out = dir.resolve("members.json");

        new Exporter(desk).exportMembers(Exporter.Format.JSON, out);

        JsonNode first = new ObjectMapper().readTree(out.toFile()).get(0);
        assertEquals("Napo", first.get("union").asText());
        assertEquals(37, first.get("contracted_hours").asInt());
        assertEquals("37", first.get("contracted_hours").asText(), "plain 37, not 37.0 or 3.7E+1");
    }

    @Test
    void theExportIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path out = dir.resolve("members.csv");
        Files.writeString(out, "an older export");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));

        new Exporter(desk).exportMembers(Exporter.Format.CSV, out);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aFailedExportLeavesThePreviousFileAndNoTempFileBehind() throws IOException {
        Path out = dir.resolve("members.csv");
        Files.writeString(out, "the previous export");

        assertThrows(IOException.class, () -> Exporter.writeWhole(out, w -> {
            w.write("half a fi");
            throw new IOException("disk full");
        }));

        assertEquals("the previous export", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "temp file removed");
        }
    }

    @Test
    void anExportIntoAMissingFolderSaysSo() {
        IOException e = assertThrows(IOException.class,
                () -> new Exporter(desk).exportMembers(Exporter.Format.CSV, dir.resolve("nowhere/members.csv")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private static List<List<String>> readCsv(Path file) throws IOException {
        CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (var it = csv.readerFor(String[].class).<String[]>readValues(file.toFile())) {
            return it.readAll().stream().map(List::of).toList();
        }
    }

    private static List<Member> withoutIds(List<Member> members) {
        return members.stream().map(m -> m.withId(null))
                .sorted(Comparator.comparing(Member::membershipNumber)).toList();
    }

    @Test
    void aDemandsEvidenceRuleNamesTheCaseTypeInTheRepsLanguageLowerCaseMidPhraseInWelsh() {
        org.repdesk.model.Demand d = org.repdesk.model.Demand.raise("Caseloads", "Cap caseloads",
                org.repdesk.model.DemandKind.LOCAL_DEMAND, "Branch", LocalDate.of(2026, 1, 5),
                org.repdesk.model.Priority.HIGH).withEvidenceRule(org.repdesk.model.CaseType.SICKNESS_ABSENCE, true);
        java.util.Locale before = org.repdesk.i18n.Messages.language();
        try {
            org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.ENGLISH);
            assertEquals("Sickness absence cases where workload is a factor (yes or disputed)", Exporter.evidenceRule(d));
            org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
            assertEquals("Achosion absenoldeb salwch lle mae llwyth gwaith yn ffactor (ydy neu dan anghydfod)",
                    Exporter.evidenceRule(d));
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }
    }
}
