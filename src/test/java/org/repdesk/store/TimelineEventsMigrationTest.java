package org.repdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.repdesk.testing.Builders.aCase;
import static org.repdesk.testing.Builders.aMember;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AutomaticEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseType;
import org.repdesk.model.CasebookAddress;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.testing.Engine;
import org.repdesk.testing.TestCasebooks;

/**
 * V15 on a file and on a branch casebook: the entries RepDesk wrote as text in English or Welsh
 * before it become what happened, and read in the other language; anything else stays as written;
 * a search finds them by the words of either language. On the casebook, read as a rep and as an officer.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class TimelineEventsMigrationTest {

    @Parameter
    Engine engine;

    @TempDir
    Path dir;

    private static final Locale EN = Messages.ENGLISH;
    private static final Locale CY = Messages.WELSH;

    /** An entry as an earlier version stored it, and how it reads afterwards in the other language. */
    private record Old(String id, EntryKind kind, String written, String body, Locale readIn, String reads) {
    }

    private static final List<Old> OLD = List.of(
            new Old("00000000-0000-0000-0000-0000000000e1", EntryKind.STAGE_CHANGE,
                    "Stage changed from Informal stage (support and improvement plan) to Formal stage 1 (first written warning)",
                    null, CY, "Newidiwyd y cam o gam anffurfiol (cynllun cymorth a gwella) i gam ffurfiol 1 (rhybudd"
                            + " ysgrifenedig cyntaf)"),
            new Old("00000000-0000-0000-0000-0000000000e2", EntryKind.STAGE_CHANGE,
                    "Newidiwyd y cam o Cam ffurfiol 1 (rhybudd ysgrifenedig cyntaf) i Apêl", null, EN,
                    "Stage changed from formal stage 1 (first written warning) to appeal"),
            new Old("00000000-0000-0000-0000-0000000000e3", EntryKind.STATUS_CHANGE,
                    "Agorwyd yr achos ar y cam: Cam anffurfiol (cynllun cymorth a gwella)", null, EN,
                    "Case opened at stage: Informal stage (support and improvement plan)"),
            new Old("00000000-0000-0000-0000-0000000000e4", EntryKind.STATUS_CHANGE,
                    "Newidiwyd y statws o Open i Closed (canlyniad: Rhybudd wedi’i dynnu’n ôl)", null, EN,
                    "Status changed from open to closed (outcome: Rhybudd wedi’i dynnu’n ôl)"),
            new Old("00000000-0000-0000-0000-0000000000e5", EntryKind.ABSENCE_RECORD,
                    "Absence recorded: 02/03/2026 to 05/03/2026 (Work-related stress)", null, CY,
                    "Absenoldeb wedi’i gofnodi: 02/03/2026 i 05/03/2026 (Straen yn gysylltiedig â gwaith)"),
            new Old("00000000-0000-0000-0000-0000000000e6", EntryKind.ABSENCE_RECORD,
                    "3 absenoldeb wedi’u mewnforio i’r cofnod", null, EN, "3 absences imported to the record"),
            new Old("00000000-0000-0000-0000-0000000000e7", EntryKind.NOTE,
                    "Dygwyd i lyfr achosion y gangen o rachel.db, lle’r oedd yn 2025-0007", null, EN,
                    "Brought into the branch casebook from rachel.db, where it was 2025-0007"),
            new Old("00000000-0000-0000-0000-0000000000e8", EntryKind.NOTE, "Note recovered after RepDesk stopped",
                    "Rang HR twice about the referral.", CY, "Nodyn a adferwyd ar ôl i RepDesk stopio"),
            new Old("00000000-0000-0000-0000-0000000000e9", EntryKind.MEETING, "(removed under the retention policy)", null,
                    CY, "(dilëwyd o dan y polisi cadw)"));

    /** Written by the rep, or by RepDesk in words it never used: kept exactly as written. */
    private static final List<Old> KEPT = List.of(
            new Old("00000000-0000-0000-0000-0000000000f1", EntryKind.NOTE,
                    "Stage changed from informal to formal, the manager says", "Her words.", CY, null),
            new Old("00000000-0000-0000-0000-0000000000f2", EntryKind.STAGE_CHANGE, "Moved on after the meeting", null,
                    CY, null));

    @Test
    void entriesWrittenInEnglishAndWelshBeforeV15ReadInTheOtherLanguageAfterItAndAreFoundInEither() {
        if (engine == Engine.SQLITE) {
            Path file = dir.resolve("old.db");
            CaseFile c;
            try (Database db = Database.open(file)) {
                c = aCaseIn(db);
                backToV14WithOldEntries(db, c, "PRAGMA user_version = 14");
            }
            try (Database db = Database.open(file)) {
                readsInTheOtherLanguage(db, c);
                assertEquals(List.of(), new Integrity(db).sqliteProblems(), "the search index follows the new summaries");
            }
        } else {
            CasebookAddress book = TestCasebooks.fresh();
            CaseFile c;
            try (Database rachel = TestCasebooks.open(book, TestCasebooks.REP)) {
                c = aCaseIn(rachel);
            }
            try (Database owner = Database.openCasebook(book, TestCasebooks.password())) {
                backToV14WithOldEntries(owner, c, "UPDATE repdesk_casebook SET value = '14' WHERE key = 'version'");
            }
            try (Database owner = Database.openCasebook(book, TestCasebooks.password())) {
                int version = owner.read(conn -> {
                    try (Statement st = conn.createStatement()) {
                        return Dialect.POSTGRESQL.schemaVersion(st);
                    }
                });
                assertEquals(Migrations.latestVersion(), version, "the owner brought the casebook up to date");
            }
            for (String login : List.of(TestCasebooks.REP, TestCasebooks.OFFICER)) {
                try (Database db = TestCasebooks.open(book, login)) {
                    readsInTheOtherLanguage(db, c);
                }
            }
            // After V15 a rep's new automatic entries are written with what happened, under the casebook's rules.
            try (Database rachel = TestCasebooks.open(book, TestCasebooks.REP)) {
                new TimelineStore(rachel).insert(TimelineEntry.automatic(c.id(), LocalDate.of(2026, 11, 2),
                        EntryKind.STAGE_CHANGE, AutomaticEntry.stageChanged("Appeal", "Decision meeting"), null));
            }
            try (Database olive = TestCasebooks.open(book, TestCasebooks.OFFICER)) {
                assertTrue(new TimelineStore(olive).ofCase(c.id()).stream().anyMatch(e ->
                        "Newidiwyd y cam o apêl i gyfarfod penderfynu".equals(e.summaryIn(CY))));
            }
        }
    }

    private static CaseFile aCaseIn(Database db) {
        Member m = aMember().named("Siân Łukasz").build();
        new MemberStore(db).insert(m);
        return new CaseStore(db).insert(aCase(m).type(CaseType.CAPABILITY, "Appeal").build());
    }

    /** What V14 had: no event columns, and every automatic entry as text, in the language of its day. */
    private static void backToV14WithOldEntries(Database db, CaseFile c, String version) {
        db.write(conn -> {
            try (Statement st = conn.createStatement()) {
                st.executeUpdate("DELETE FROM timeline_entry");
                st.execute("ALTER TABLE timeline_entry DROP COLUMN event");
                st.execute("ALTER TABLE timeline_entry DROP COLUMN event_values");
                st.execute(version);
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO timeline_entry (id, case_id, entry_date, kind,"
                    + " summary, body, created_at) VALUES (?, ?, ?, ?, ?, ?, '2026-03-02T10:00:00Z')")) {
                for (Old o : concat(OLD, KEPT)) {
                    Rows.bind(ps, o.id(), c.id(), LocalDate.of(2026, 3, 2), o.kind(), o.written(), o.body()).executeUpdate();
                }
            }
            return null;
        });
    }

    private static List<Old> concat(List<Old> a, List<Old> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void readsInTheOtherLanguage(Database db, CaseFile c) {
        Map<UUID, TimelineEntry> read = new TimelineStore(db).ofCase(c.id()).stream()
                .collect(Collectors.toMap(TimelineEntry::id, Function.identity()));
        for (Old o : OLD) {
            TimelineEntry e = read.get(UUID.fromString(o.id()));
            assertEquals(o.reads(), e.summaryIn(o.readIn()), o.written());
            assertTrue(e.automatic() != null, o.written());
            assertEquals(o.body(), e.text(), "the rep's words under it untouched");
        }
        for (Old o : KEPT) {
            TimelineEntry e = read.get(UUID.fromString(o.id()));
            assertNull(e.automatic(), o.written());
            assertEquals(o.written(), e.summaryIn(CY));
            assertEquals(o.written(), e.summaryIn(EN));
        }
        DocumentStore documents = new DocumentStore(db);
        assertTrue(documents.foundOnCase(c.id(), "Newidiwyd", 20).stream()
                .anyMatch(f -> f.entryId().equals(UUID.fromString(OLD.get(0).id()))), "written in English, found in Welsh");
        assertTrue(documents.foundOnCase(c.id(), "Appeal", 20).stream()
                .anyMatch(f -> f.entryId().equals(UUID.fromString(OLD.get(1).id()))), "written in Welsh, found in English");
    }
}
