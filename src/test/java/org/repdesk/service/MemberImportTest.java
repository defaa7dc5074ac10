package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aMember;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;
import org.repdesk.testing.TestDesk;

class MemberImportTest {

    private static final String HEADER = "membership_number,name,union,grade,team,office,region,email,phone,"
            + "contracted_hours\r\n";

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
    void importsAFileWithBomQuotedCommasAndQuotesAndHeadersInAnyOrderAndCase() throws IOException {
        Path csv = csv("\uFEFFName,UNION, Grade ,membership_number,Region,Contracted_Hours,Office\r\n"
                + "\"Jones, Siân\",napo,po,N001,wales,37,\"Cardiff \"\"Bay\"\" PDU\"\r\n"
                + "\"Zoë \"\"Zo\"\" Okafor\",gmb/scoop,PSO,N002,Kent Surrey and Sussex,22.5,Brighton\r\n"
                + "  Łukasz Nowak  ,GMB_SCOOP,case administrator, N003 ,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.imported());
        Map<String, Member> byNumber = byNumber();
        Member sian = byNumber.get("N001");
        assertEquals("Jones, Siân", sian.name());
        assertEquals(Union.NAPO, sian.union());
        assertEquals(Grade.PO, sian.grade());
        assertEquals(Region.WALES, sian.region());
        assertEquals(37.0, sian.contractedHours());
        assertEquals("Cardiff \"Bay\" PDU", sian.office());
        Member zoe = byNumber.get("N002");
        assertEquals("Zoë \"Zo\" Okafor", zoe.name());
        assertEquals(Union.GMB_SCOOP, zoe.union());
        assertEquals(Region.KENT_SURREY_AND_SUSSEX, zoe.region());
        assertEquals(22.5, zoe.contractedHours());
        Member lukasz = byNumber.get("N003");
        assertEquals("Łukasz Nowak", lukasz.name(), "values are trimmed");
        assertEquals(Grade.CASE_ADMINISTRATOR, lukasz.grade());
        assertEquals(null, lukasz.region());
        assertEquals(null, lukasz.contractedHours());
    }

    @Test
    void importRejectsWholeFileAndNamesEveryBadLineWithItsReason() throws IOException {
        Path csv = csv(HEADER
                + "N1,Good Person,Napo,PO,,,,,,37\r\n"                               // line 2: fine
                + "N2,,Napo,PO,,,,,,37\r\n"                                          // line 3: no name
                + "N3,\"Note\r\nspanning\r\nlines\",RMT,PO,,,,,,37\r\n"              // line 4 (to 6): name on lines, union
                + "N4,Bad Hours,UNISON,PSO,,,,,,thirty\r\n"                          // line 7: bad number
                + "N5,Far Too Many,UNISON,PSO,,,,,,99\r\n"                           // line 8: out of range
                + "N6,Bad Grade,UNISON,Chief,,,Atlantis,,,37\r\n");                  // line 9: grade and region

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(0, result.imported());
        assertTrue(desk.members().all().isEmpty(), "nothing is imported when any row is bad");
        Map<Long, String> reasons = reasonsByLine(result);
        assertEquals(List.of(3L, 4L, 7L, 8L, 9L), List.copyOf(reasons.keySet()));
        assertTrue(reasons.get(3L).contains("Name is required"), reasons.get(3L));
        assertTrue(reasons.get(4L).contains("Unknown union \"RMT\""), reasons.get(4L));
        assertTrue(reasons.get(4L).contains("Napo, UNISON, GMB/SCOOP, Other"), "lists the allowed unions");
        assertFalse(reasons.get(4L).contains("one line"), "a line break in a name is folded, not refused");
        assertTrue(result.notes().stream().anyMatch(n -> n.line() == 4 && n.reason().contains("Note spanning lines")),
                result.notes().toString());
        assertFalse(reasons.get(4L).contains("Union is required"), "unknown is said once, not twice");
        assertTrue(reasons.get(7L).contains("Contracted hours \"thirty\" is not a number"), reasons.get(7L));
        assertTrue(reasons.get(8L).contains("Contracted hours must be between 0.5 and 60"), reasons.get(8L));
        assertTrue(reasons.get(9L).contains("Unknown grade \"Chief\""), reasons.get(9L));
        assertTrue(reasons.get(9L).contains("Unknown region \"Atlantis\""), reasons.get(9L));
    }

    @Test
    void aMembershipNumberTwiceInTheFileNamesBothLines() throws IOException {
        Path csv = csv(HEADER
                + "N10,First Holder,Napo,PO,,,,,,\r\n"
                + "N11,Someone Else,Napo,PO,,,,,,\r\n"
                + "n10,Second Holder,Napo,PO,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(1, result.problems().size());
        assertEquals(4, result.problems().get(0).line());
        assertTrue(result.problems().get(0).reason().contains("also on line 2"), result.problems().get(0).reason());
        assertTrue(desk.members().all().isEmpty());
    }

    @Test
    void aMembershipNumberAlreadyInTheStoreIsRefusedAndTheStoreIsUnchanged() throws IOException {
        desk.members().save(aMember().number("N20").named("Aoife Byrne").build());
        Path csv = csv(HEADER + "N21,New Member,UNISON,PO,,,,,,\r\nN20,Imposter,UNISON,PO,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(List.of(new MemberImport.Problem(3, "Membership number N20 is already in the data file"
                + " (Aoife Byrne).")), result.problems());
        assertEquals(List.of("Aoife Byrne"), desk.members().all().stream().map(Member::name).toList());
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineWhereItsRowStarts() throws IOException {
        Path csv = csv(HEADER + "N1,Good Person,Napo,PO,,,,,,\r\nN2,\"Never closed,Napo,PO,,,,,,\r\nN3,x,Napo,PO,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(1, result.problems().size());
        MemberImport.Problem p = result.problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.reason().contains("never closed"), p.reason());
        assertTrue(desk.members().all().isEmpty());
    }

    @Test
    void anUnclosedQuoteInTheFirstValueIsReportedAtItsOwnLineNotAtTheEndOfTheFile() throws IOException {
        Path csv = csv(HEADER + "N1,Good Person,Napo,PO,,,,,,\r\n\"N2,Never closed,Napo,PO,,,,,,\r\nN3,x,Napo,PO,,,,,,\r\n"
                + "N4,y,Napo,PO,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(List.of(3L), result.problems().stream().map(MemberImport.Problem::line).toList());
    }

    @Test
    void aValueWithTextAfterItsClosingQuoteIsReportedAtItsLine() throws IOException {
        Path csv = csv(HEADER + "N1,Good Person,Napo,PO,,,,,,\r\nN2,\"Half\" quoted,Napo,PO,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(1, result.problems().size());
        assertEquals(3, result.problems().get(0).line());
        assertTrue(result.problems().get(0).reason().contains("double any"), result.problems().get(0).reason());
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsReportedWithItsLine() throws IOException {
        Path csv = csv(HEADER + "N1,Good Person,Napo,PO,,,,,,\r\nN2,Extra, Comma,Napo,PO,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(List.of(new MemberImport.Problem(3,
                "This row has 11 values but the header has 10 columns (a stray comma or quote?).")), result.problems());
    }

    @Test
    void unknownColumnsAreNamedAndMissingRequiredColumnsListed() throws IOException {
        Path csv = csv("membership_number,name,shoe_size,Favourite Colour\r\nN1,Someone,9,blue\r\n");

        MemberImport.Result result = importer().importFile(csv);

        String reasons = result.problems().stream().map(MemberImport.Problem::describe).collect(Collectors.joining("\n"));
        assertTrue(reasons.contains("Line 1: Unknown columns \"shoe_size\", \"Favourite Colour\""), reasons);
        assertTrue(reasons.contains("lacks the required columns union, grade"), reasons);
    }

    @Test
    void aFileSeparatedBySemicolonsIsRefusedWithAHint() throws IOException {
        MemberImport.Result result = importer().importFile(csv("membership_number;name;union;grade\r\nN1;A;Napo;PO\r\n"));

        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).reason().contains("separated by semicolons"), result.problems().toString());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAHint() throws IOException {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, (HEADER + "N1,Si\u00e2n Jones,Napo,PO,,,,,,\r\n").getBytes(StandardCharsets.ISO_8859_1));

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).reason().contains("not UTF-8"), result.problems().get(0).reason());
    }

    @Test
    void anEmptyFileSaysItNeedsAHeader() throws IOException {
        MemberImport.Result result = importer().importFile(csv(""));

        assertTrue(result.problems().get(0).reason().contains("The file is empty"));
    }

    @Test
    void blankLinesAndTrailingEmptyRowsAreSkippedButLineNumbersStayPhysical() throws IOException {
        Path csv = csv(HEADER + "\r\nN1,Good Person,Napo,PO,,,,,,\r\n\r\nN2,,Napo,PO,,,,,,\r\n,,,,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(List.of(5L), result.problems().stream().map(MemberImport.Problem::line).toList());
    }

    @Test
    void twentyThousandMembersImportInOneGo() throws IOException {
        // Speed is measured by the benchmark, never by a timed unit test; this checks the bulk path works.
        MemberImport.Result result = importer().importFile(csv(members(20_000)));
        assertEquals(20_000, result.imported(), () -> result.problems().toString());
        assertEquals(20_000, desk.members().all().size());
    }

    private static String members(int count) {
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            s.append("M").append(i).append(",\"Member ").append(i).append(", Tester\",Napo,PO,Team ").append(i % 20)
                    .append(",Leeds PDU,Yorkshire and the Humber,m").append(i).append("@example.org,07700 900")
                    .append(String.format("%03d", i % 1000)).append(",37\r\n");
        }
        return s.toString();
    }

    @Test
    void importAcceptsTheUnionsAsRepsWriteThem() throws IOException {
        Path csv = csv(HEADER
                + "G1,Gail One,GMB,PO,,,,,,\r\n"
                + "G2,Gail Two,GMB SCOOP,PO,,,,,,\r\n"
                + "G3,Gail Three,gmb,PO,,,,,,\r\n"
                + "U1,Una One,Unison,PO,,,,,,\r\n"
                + "N1,Ned One,NAPO,PO,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(List.of(), result.problems());
        Map<String, Member> byNumber = byNumber();
        assertEquals(Union.GMB_SCOOP, byNumber.get("G1").union());
        assertEquals(Union.GMB_SCOOP, byNumber.get("G2").union());
        assertEquals(Union.GMB_SCOOP, byNumber.get("G3").union());
        assertEquals(Union.UNISON, byNumber.get("U1").union());
        assertEquals(Union.NAPO, byNumber.get("N1").union());
    }

    @Test
    void aLineBreakTypedInATeamCellIsFoldedToASpaceAndSaidInTheReport() throws IOException {
        Path csv = csv(HEADER + "T1,Tia Jones,Napo,PO,\"North\nYorkshire\",,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(List.of(), result.problems());
        assertEquals("North Yorkshire", byNumber().get("T1").team());
        assertEquals(1, result.notes().size());
        assertTrue(result.notes().get(0).describe().startsWith("Line 2: Team held a line break"),
                result.notes().get(0).describe());
    }

    @Test
    void formulaLookingValuesAreImportedAsWrittenButFlagged() throws IOException {
        Path csv = csv(HEADER + "F1,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",Napo,PO,=1+1,,,,+447700900123,\r\n"
                + "F2,-Smith,Napo,PO,,,,,,\r\n");

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(List.of(), result.problems());
        assertEquals("=HYPERLINK(\"http://x\",\"click\")", byNumber().get("F1").name());
        assertEquals("=1+1", byNumber().get("F1").team());
        assertEquals("-Smith", byNumber().get("F2").name(), "a name may start with a hyphen");
        assertEquals(List.of(2L, 2L), result.notes().stream().map(MemberImport.Problem::line).toList(),
                "the name and team are flagged; the phone number and -Smith are not: " + result.notes());
        assertTrue(result.notes().get(0).reason().contains("spreadsheet formula"), result.notes().toString());
    }

    @Test
    void hoursOutOfRangeAreSaidToBeOutOfRangeNotNotANumber() throws IOException {
        Path csv = csv(HEADER + "H1,Hal One,Napo,PO,,,,,,-5\r\nH2,Hal Two,Napo,PO,,,,,,1000\r\n");

        Map<Long, String> reasons = reasonsByLine(importer().importFile(csv));

        assertTrue(reasons.get(2L).contains("Contracted hours must be between 0.5 and 60"), reasons.get(2L));
        assertTrue(reasons.get(3L).contains("Contracted hours must be between 0.5 and 60"), reasons.get(3L));
    }

    @Test
    void aFileWithOnlyAHeaderIsAProblemNotZeroMembersImported() throws IOException {
        MemberImport.Result result = importer().importFile(csv(HEADER));

        assertFalse(result.succeeded());
        assertTrue(result.problems().get(0).reason().contains("no members under it"), result.problems().toString());
    }

    @Test
    void aFiftyMegabyteValueIsRefusedInOneLineOfTheRepsWords() throws IOException {
        Path csv = dir.resolve("huge.csv");
        try (var w = Files.newBufferedWriter(csv)) {
            w.write(HEADER + "B1,\"");
            String chunk = "x".repeat(1 << 20);
            for (int i = 0; i < 50; i++) {
                w.write(chunk);
            }
            w.write("\",Napo,PO,,,,,,\r\n");
        }

        MemberImport.Result result = importer().importFile(csv);

        assertEquals(1, result.problems().size());
        String reason = result.problems().get(0).reason();
        assertTrue(reason.startsWith("A value here is longer than 10,000,000 characters"), reason);
        assertFalse(reason.contains("\n") || reason.contains("StreamReadConstraints"), reason);
    }

    @Test
    void aFileOfManyBatchesIsImportedWholeWithOneAuditEntryPerMember() throws IOException {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 2_345; i++) {
            rows.append("N").append(i).append(",Member ").append(i).append(",Napo,PO,,,,,,\r\n");
        }

        MemberImport.Result result = importer().importFile(csv(rows.toString()));

        assertEquals(List.of(), result.problems());
        assertEquals(2_345, result.imported());
        assertEquals(2_345, byNumber().size());
    }

    @Test
    void problemsFoundAfterSeveralBatchesWereAddedAddNobodyAndAreAllNamed() throws IOException {
        importer().importFile(csv(HEADER + "N9999,Siân Jones,Napo,PO,,,,,,\r\n"));
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 2_500; i++) { // read once and added as read: 2 batches are in before line 2,102
            String number = i == 2_100 ? "n9999" : "N" + i;
            rows.append(number).append(i == 2_400 ? "," : ",Member " + i).append(",Napo,PO,,,,,,\r\n");
        }

        MemberImport.Result result = importer().importFile(csv(rows.toString()));

        assertEquals(List.of(new MemberImport.Problem(2_102, "Membership number N9999 is already in the data file"
                + " (Siân Jones)."), new MemberImport.Problem(2_402, "Name is required.")), result.problems());
        assertEquals(0, result.imported());
        assertEquals(java.util.Set.of("N9999"), byNumber().keySet(), "the batches added were rolled back");
    }

    @Test
    void aFileChangedBetweenItsCheckAndItsImportAddsNobody() throws IOException {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            rows.append("N").append(i).append(",Member ").append(i).append(",Napo,PO,,,,,,\r\n");
        }
        Path csv = csv(rows + "N9999,Siân Jones,Napo,PO,,,,,,\r\n");
        MemberImport.CheckedFile checked = MemberImport.check(csv);
        Files.writeString(csv, rows + "N9999,,Napo,PO,,,,,,\r\n", StandardCharsets.UTF_8);

        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> importer().importChecked(csv, checked));

        assertTrue(e.getMessage().contains("changed while it was imported"), e.getMessage());
        assertEquals(Map.of(), byNumber(), "the first batch, added before the change was seen, was rolled back");
    }

    @Test
    void aNumberChangedBetweenTheCheckAndTheImportToOneTheDataFileHoldsAddsNobodyAndSaysTheFileChanged()
            throws IOException {
        importer().importFile(csv(HEADER + "N9999,Siân Jones,Napo,PO,,,,,,\r\n"));
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            rows.append("N").append(i).append(",Member ").append(i).append(",Napo,PO,,,,,,\r\n");
        }
        Path csv = csv(rows + "N1500,Ffion Evans,Napo,PO,,,,,,\r\n");
        MemberImport.CheckedFile checked = MemberImport.check(csv);
        // Still a clean file of as many members, but its last number is now one already here.
        Files.writeString(csv, rows + "n9999,Ffion Evans,Napo,PO,,,,,,\r\n", StandardCharsets.UTF_8);

        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> importer().importChecked(csv, checked));

        assertTrue(e.getMessage().contains("changed while it was imported"), e.getMessage());
        assertEquals(java.util.Set.of("N9999"), byNumber().keySet());
    }

    @Test
    void hoursRepeatedOnManyRowsAreReadTheSameAndEveryBadOneIsToldOnItsOwnLine() throws IOException {
        // The hours are remembered per text (issue 21): a text seen before must read as it did, and a bad
        // one must still be told on every line it is on, not only the first.
        String clean = HEADER + "N1,Ann,Napo,PO,,,,,,37\r\n" + "N2,Bob,Napo,PO,,,,,,22.5\r\n"
                + "N3,Cat,Napo,PO,,,,,,37\r\n" + "N4,Dan,Napo,PO,,,,,,22.5\r\n";
        assertEquals(4, importer().importFile(csv(clean)).imported());
        Map<String, Member> byNumber = byNumber();
        assertEquals(List.of(37.0, 22.5, 37.0, 22.5), List.of("N1", "N2", "N3", "N4").stream()
                .map(n -> byNumber.get(n).contractedHours()).toList());

        MemberImport.Result bad = importer().importFile(csv(HEADER + "M1,Eve,Napo,PO,,,,,,lots\r\n"
                + "M2,Fay,Napo,PO,,,,,,37\r\n" + "M3,Gus,Napo,PO,,,,,,lots\r\n" + "M4,Hal,Napo,PO,,,,,,-5\r\n"
                + "M5,Ivy,Napo,PO,,,,,,-5\r\n"));

        assertEquals(List.of(2L, 4L, 5L, 6L), bad.problems().stream().map(MemberImport.Problem::line).toList());
        assertTrue(bad.problems().get(0).reason().contains("\"lots\""), bad.problems().get(0).reason());
        assertEquals(bad.problems().get(0).reason(), bad.problems().get(1).reason());
        assertEquals(bad.problems().get(2).reason(), bad.problems().get(3).reason());
        assertEquals(0, bad.imported());
    }

    private MemberImport importer() {
        return new MemberImport(desk.database());
    }

    private Path csv(String content) throws IOException {
        Path file = Files.createTempFile(dir, "members", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Map<String, Member> byNumber() {
        return desk.members().all().stream().collect(Collectors.toMap(Member::membershipNumber, Function.identity()));
    }

    private static Map<Long, String> reasonsByLine(MemberImport.Result result) {
        return result.problems().stream().collect(Collectors.groupingBy(MemberImport.Problem::line,
                java.util.TreeMap::new, Collectors.mapping(MemberImport.Problem::reason, Collectors.joining(" | "))));
    }
}
