package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.RetentionItem;
import org.repdesk.model.RetentionPolicy;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.testing.TestDesk;

/** Today is 2026-11-23 (TestDesk); default periods: closed cases 6 years, members 6, workload records 3. */
class RetentionTest {

    private static final String NAME = "Zebedee Quillfeather";
    private static final String NUMBER = "QF-90210";
    private static final String NOTE = "Disclosed migraine history to occupational health xylofrond";
    private static final String SPARE = "Orla Keepington";

    @TempDir
    Path dir;
    private RepDesk desk;
    private Member zebedee;
    private Member orla;
    private CaseFile zebedeesOldCase;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
        desk.settings().saveRepName("Dana Rep");
        zebedee = desk.members().save(aMember().named(NAME).number(NUMBER).email("zq@example.org").build());
        // closed 2020-11-22: its six years ended 2026-11-22, so it is past its period today
        zebedeesOldCase = desk.cases().open(aCase(zebedee).type(CaseType.CAPABILITY, "Informal")
                .openedOn(LocalDate.of(2019, 1, 7)).account("Caseload of " + NAME)
                .closed(LocalDate.of(2020, 11, 22), "Resolved informally").build());
        desk.cases().addEntry(TimelineEntry.of(zebedeesOldCase.id(), LocalDate.of(2019, 2, 1), EntryKind.NOTE,
                "Call with " + NAME, NOTE));
        desk.workload().add(WorkloadRecord.of(zebedee.id(), LocalDate.of(2020, 3, 2), 130.0, null, null, null, 55,
                null, "Court duty for " + NAME));
        desk.members().save(new Member(zebedee.id(), NUMBER, NAME, zebedee.union(), zebedee.grade(), "Team Q",
                zebedee.office(), zebedee.region(), zebedee.email(), zebedee.phone(), 30.0));

        orla = desk.members().save(aMember().named(SPARE).number("OK-1").build());
        // closed 2020-11-23: its period ends today, so it is not yet past
        desk.cases().open(aCase(orla).type(CaseType.SICKNESS_ABSENCE, "Stage 1").openedOn(LocalDate.of(2020, 1, 6))
                .closed(LocalDate.of(2020, 11, 23), "No warning").build());
        desk.cases().open(aCase(orla).type(CaseType.CAPABILITY, "Informal").openedOn(LocalDate.of(2018, 1, 6))
                .closed(LocalDate.of(2019, 1, 1), "Withdrawn").build());
        desk.workload().add(WorkloadRecord.of(orla.id(), LocalDate.of(2023, 11, 23), 115.0, null, null, null, null,
                null, null));
        desk.workload().add(WorkloadRecord.of(orla.id(), LocalDate.of(2023, 11, 22), 118.0, null, null, null, null,
                null, null));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static Set<String> described(List<RetentionItem> items) {
        return items.stream().map(i -> i.kind() + " " + i.reference()).collect(Collectors.toSet());
    }

    @Test
    void theReviewListsExactlyTheRecordsPastTheirPeriodToday() {
        List<RetentionItem> items = desk.retention().review();
        String orlasOldCase = desk.cases().ofMember(orla.id()).stream()
                .filter(c -> c.closedOn().equals(LocalDate.of(2019, 1, 1))).findFirst().orElseThrow().reference();

        assertEquals(Set.of("CLOSED_CASE " + zebedeesOldCase.reference(), "CLOSED_CASE " + orlasOldCase,
                "MEMBER " + NUMBER, "WORKLOAD_RECORD 2020-03-02", "WORKLOAD_RECORD 2023-11-22"), described(items));
        assertEquals(LocalDate.of(2023, 3, 2), items.get(0).periodEnded(), "oldest period first");
    }

    @Test
    void aMemberWithAnOpenCaseIsNeverListed() {
        desk.cases().open(aCase(zebedee).type(CaseType.OTHER, "Open").openedOn(LocalDate.of(2026, 10, 1)).build());
        assertTrue(desk.retention().review().stream().noneMatch(i -> i.kind() == RetentionItem.Kind.MEMBER));
    }

    @Test
    void thePeriodsAreTheRepsToSet() {
        desk.settings().saveRetention(new RetentionPolicy(10, 10, 2));
        Set<String> items = described(desk.retention().review());
        assertEquals(Set.of("WORKLOAD_RECORD 2020-03-02", "WORKLOAD_RECORD 2023-11-22", "WORKLOAD_RECORD 2023-11-23"),
                items);
        assertEquals(RetentionPolicy.DEFAULTS, new RetentionPolicy(6, 6, 3));
    }

    @Test
    void deletingAMemberRemovesTheirNameFromTheWholeDataFile() throws Exception {
        RetentionItem member = only(RetentionItem.Kind.MEMBER);
        assertTrue(fileContains(NAME), "the name is in the file before");

        desk.retention().remove(List.of(member), Retention.Removal.DELETE);
        desk.retention().compact();

        assertTrue(desk.members().byId(zebedee.id()).isEmpty());
        assertTrue(desk.cases().ofMember(zebedee.id()).isEmpty());
        assertTrue(desk.workload().ofMember(zebedee.id()).isEmpty());
        assertTrue(desk.cases().search("xylofrond").isEmpty());
        for (String identifying : List.of(NAME, "Quillfeather", NUMBER, "zq@example.org", "xylofrond")) {
            assertFalse(fileContains(identifying), identifying + " is still somewhere in the data file");
        }
        assertTrue(fileContains(SPARE), "other members are untouched");
        assertEquals("ok", integrity());
    }

    @Test
    void anonymisingAMemberKeepsTheCountsButNotTheIdentity() throws Exception {
        desk.absences().add(org.repdesk.model.Absence.of(zebedee.id(), java.time.LocalDate.of(2019, 3, 4),
                java.time.LocalDate.of(2019, 3, 6), null, org.repdesk.model.AbsenceReason.values()[0], false, false,
                true, true));
        desk.noteDrafts().keep(NoteDrafts.key(zebedeesOldCase.id(), java.util.UUID.randomUUID()), "Call",
                "Plumbago said the hearing upset him"); // typed, never saved
        desk.retention().remove(List.of(only(RetentionItem.Kind.MEMBER)), Retention.Removal.ANONYMISE);
        desk.retention().compact();

        Member after = desk.members().byId(zebedee.id()).orElseThrow();
        assertEquals("Anonymised member", after.name());
        assertTrue(after.membershipNumber().startsWith("ANON-"));
        assertEquals(null, after.email());
        assertEquals(zebedee.grade(), after.grade());
        assertEquals(1, desk.cases().ofMember(zebedee.id()).size(), "the case still counts in statistics");
        assertEquals(CaseType.CAPABILITY, desk.cases().ofMember(zebedee.id()).get(0).type());
        assertEquals(130.0, desk.workload().ofMember(zebedee.id()).get(0).capacityPercent());
        assertTrue(desk.absences().ofMember(zebedee.id()).isEmpty(), "sickness absence is health data: it goes");
        for (String identifying : List.of(NAME, "Quillfeather", NUMBER, "zq@example.org", "xylofrond", "Court duty",
                "Plumbago")) {
            assertFalse(fileContains(identifying), identifying + " is still somewhere in the data file");
        }
        assertEquals("ok", integrity());
        assertTrue(desk.retention().review().stream().noneMatch(i -> i.memberId().equals(zebedee.id())),
                "an anonymised member leaves the review");
    }

    @Test
    void aDeadlineAnonymisedWithItsCaseReadsInTheReadersLanguageAsFilesAnonymisedBeforeDo() throws Exception {
        desk.cases().addDeadline(org.repdesk.model.Deadline.of(zebedeesOldCase.id(), LocalDate.of(2020, 6, 1),
                "Appeal letter for " + NAME, true));
        RetentionItem oldCase = desk.retention().review().stream()
                .filter(i -> i.kind() == RetentionItem.Kind.CLOSED_CASE && i.id().equals(zebedeesOldCase.id()))
                .findFirst().orElseThrow();
        desk.retention().remove(List.of(oldCase), Retention.Removal.ANONYMISE);

        org.repdesk.model.Deadline d = desk.cases().deadlines(zebedeesOldCase.id()).get(0);
        assertEquals("(removed under the retention policy)", d.description(), "stored as files anonymised before hold it");
        assertEquals("Gwrandawiad: (dilëwyd o dan y polisi cadw)", d.label(org.repdesk.i18n.Messages.WELSH));
        assertEquals("Hearing: (removed under the retention policy)", d.label(org.repdesk.i18n.Messages.ENGLISH));
        String welsh = org.repdesk.report.CaseSummaryHtml.render(org.repdesk.report.CaseSummary.of(desk,
                zebedeesOldCase.id()), org.repdesk.i18n.DocumentLanguage.WELSH);
        assertTrue(welsh.contains("(dilëwyd o dan y polisi cadw)"), welsh);
        assertFalse(welsh.contains("removed under"), welsh);
    }

    @Test
    void anAnonymisedMemberReadsInTheRepsLanguageAndExportsKeepTheMark() throws Exception {
        desk.retention().remove(List.of(only(RetentionItem.Kind.MEMBER)), Retention.Removal.ANONYMISE);
        Member after = desk.members().byId(zebedee.id()).orElseThrow();
        assertEquals(Member.ANONYMISED_NAME, after.name(), "stored as the mark files anonymised before hold");
        assertEquals("Aelod dienw", after.shownName(org.repdesk.i18n.Messages.WELSH));
        assertEquals("Anonymised member", after.shownName(org.repdesk.i18n.Messages.ENGLISH));

        String welsh = org.repdesk.report.CaseSummaryHtml.render(org.repdesk.report.CaseSummary.of(desk,
                zebedeesOldCase.id()), org.repdesk.i18n.DocumentLanguage.WELSH);
        assertTrue(welsh.contains("Aelod dienw"), welsh);
        assertFalse(welsh.contains("Anonymised member"), "no English name in a Welsh summary: " + welsh);

        java.util.Locale before = org.repdesk.i18n.Messages.language();
        org.repdesk.i18n.Messages.setLanguage(org.repdesk.i18n.Messages.WELSH);
        try {
            Path csv = dir.resolve("members.csv");
            desk.exporter().exportMembers(Exporter.Format.CSV, csv);
            String exported = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(exported.contains("Anonymised member"), "an export keeps the stored mark: " + exported);
        } finally {
            org.repdesk.i18n.Messages.setLanguage(before);
        }

        assertEquals(Member.ANONYMISED_NAME, Member.storedName("Aelod dienw"),
                "saved again from a Welsh form, the name goes back to the mark");
        assertEquals("Aelod dienw", Member.shownName("Aelod dienw", org.repdesk.i18n.Messages.WELSH));
        assertEquals("Anonymised member", Member.shownName("Aelod dienw", org.repdesk.i18n.Messages.ENGLISH),
                "the Welsh words, if ever stored, are recognised as the mark");
    }

    @Test
    void eachRemovalIsInTheAuditTrailAndTheTrailKeepsWhoAndWhenButNoValues() {
        RetentionItem c = desk.retention().review().stream()
                .filter(i -> i.reference().equals(zebedeesOldCase.reference())).findFirst().orElseThrow();
        desk.retention().remove(List.of(c), Retention.Removal.ANONYMISE);
        desk.retention().remove(List.of(only(RetentionItem.Kind.MEMBER)), Retention.Removal.DELETE);

        List<AuditEntry> trail = desk.audit().ofMember(zebedee.id());
        AuditEntry last = trail.get(trail.size() - 1);
        assertEquals(AuditEntry.Action.DELETED, last.action());
        assertEquals("retention", last.field());
        assertTrue(last.newValue().contains("6 years"), last.newValue());
        // the case's reference went too when its member was deleted: the trail keeps only that it happened
        assertTrue(trail.stream().anyMatch(e -> e.action() == AuditEntry.Action.ANONYMISED
                && e.kind() == AuditEntry.Kind.CASE && e.entityId().equals(zebedeesOldCase.id())));
        assertTrue(trail.stream().allMatch(e -> e.who().equals("Dana Rep")));
        for (AuditEntry e : trail) {
            for (String v : new String[] {e.reference(), e.oldValue(), e.newValue()}) {
                assertFalse(v != null && (v.contains(NAME) || v.contains(NUMBER)), e.toString());
            }
        }
    }

    @Test
    void removingSeveralRecordsIsAllOrNothing() {
        List<RetentionItem> items = desk.retention().review();
        assertEquals(items.size(), desk.retention().remove(items, Retention.Removal.DELETE));
        assertTrue(desk.retention().review().isEmpty());
    }

    @Test
    void deletionIsSecureForTheConnection() {
        assertEquals(1, (int) desk.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA secure_delete")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        }));
    }

    private RetentionItem only(RetentionItem.Kind kind) {
        List<RetentionItem> items = desk.retention().review().stream().filter(i -> i.kind() == kind).toList();
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private String integrity() {
        return desk.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** Searches the raw bytes of the data file and its WAL, as UTF-8 and as UTF-16 in both byte orders. */
    private boolean fileContains(String text) throws IOException {
        Path db = desk.dataFile();
        for (Path p : List.of(db, db.resolveSibling(db.getFileName() + "-wal"),
                db.resolveSibling(db.getFileName() + "-journal"))) {
            if (!Files.exists(p)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(p);
            for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                if (indexOf(bytes, text.getBytes(cs)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
