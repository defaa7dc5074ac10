package org.repdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Priority;
import org.repdesk.model.Region;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.Union;
import org.repdesk.store.Integrity;
import org.repdesk.testing.Builders;
import org.repdesk.testing.Fuzz;
import org.repdesk.testing.TestDesk;

/**
 * Every text field of every record a rep types, filled with hostile text (any script, astral
 * planes, control characters, quotes and SQL, 1 MB): each save either stores exactly the tidied
 * text, read back unchanged, or is refused with messages in words. Nothing else: no crash, no
 * half-saved record, and the file passes the integrity checks afterwards.
 */
class RecordTextFuzzTest {

    /** Saves tried per record type; docs/data-safety.md quotes the total. */
    static final int PER_RECORD = 300;
    private static final Logger LOG = Logger.getLogger(RecordTextFuzzTest.class.getName());

    @TempDir
    Path dir;
    private RepDesk desk;
    private int saved;
    private int refused;

    @BeforeEach
    void open() {
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void checkAndClose() {
        Integrity integrity = new Integrity(desk.database());
        assertEquals(List.of(), integrity.sqliteProblems());
        assertEquals(List.of(), integrity.appProblems());
        desk.close();
        LOG.info(() -> "fuzzed saves: " + saved + " stored and read back, " + refused + " refused in words");
    }

    /** Runs a save; a refusal must be a ValidationException with messages; returns whether it was saved. */
    private <T> Optional<T> attempt(Supplier<T> save) {
        try {
            T t = save.get();
            saved++;
            return Optional.of(t);
        } catch (ValidationException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(p -> assertFalse(p.isBlank()));
            e.problems().forEach(p -> assertTrue(p.length() < 400, "a message, not an echo of the input: " + p.length()));
            refused++;
            return Optional.empty();
        }
    }

    @Test
    void memberTextFieldsAreStoredExactlyOrRefusedInWords() {
        Fuzz fuzz = new Fuzz(1);
        for (int i = 0; i < PER_RECORD; i++) {
            Member draft = Member.create("FZ" + i + (i % 3 == 0 ? fuzz.text() : ""), fuzz.text(), fuzz.pick(Union.values()),
                    fuzz.pick(Grade.values()), fuzz.text(), fuzz.text(), fuzz.pick(Region.values()),
                    i % 2 == 0 ? fuzz.text() : "rep" + i + "@example.org", i % 2 == 0 ? fuzz.text() : "029 2034 5678",
                    null);
            int before = desk.members().all().size();
            Optional<Member> m = attempt(() -> desk.members().save(draft));
            if (m.isPresent()) {
                assertEquals(m.get(), desk.members().byId(draft.id()).orElseThrow());
            } else {
                assertEquals(before, desk.members().all().size(), "nothing half-saved");
            }
        }
    }

    @Test
    void caseTimelineAndDeadlineTextIsStoredExactlyOrRefusedInWords() {
        Fuzz fuzz = new Fuzz(2);
        Member member = desk.members().save(Builders.aMember().build());
        CaseFile base = desk.cases().open(Builders.aCase(member).build());
        for (int i = 0; i < PER_RECORD; i++) {
            CaseFile draft = Builders.aCase(member).stage(fuzz.text()).manager(fuzz.text()).account(fuzz.text()).build();
            int cases = desk.cases().all().size();
            Optional<CaseFile> c = attempt(() -> desk.cases().open(draft));
            if (c.isPresent()) {
                CaseFile back = desk.cases().byId(c.get().id()).orElseThrow();
                assertEquals(c.get().stage(), back.stage());
                assertEquals(c.get().manager(), back.manager());
                assertEquals(c.get().workloadAccount(), back.workloadAccount());
            } else {
                assertEquals(cases, desk.cases().all().size(), "nothing half-saved");
            }

            TimelineEntry entry = TimelineEntry.of(base.id(), LocalDate.of(2026, 3, 3), fuzz.pick(EntryKind.values()),
                    fuzz.text(), fuzz.text());
            int entries = desk.cases().timeline(base.id()).size();
            Optional<TimelineEntry> e = attempt(() -> desk.cases().addEntry(entry));
            List<TimelineEntry> timeline = desk.cases().timeline(base.id());
            if (e.isPresent()) {
                assertTrue(timeline.contains(e.get()), "read back unchanged");
            } else {
                assertEquals(entries, timeline.size());
            }

            Deadline deadline = Deadline.of(base.id(), LocalDate.of(2026, 4, 1), fuzz.text(), i % 5 == 0);
            int deadlines = desk.cases().deadlines(base.id()).size();
            Optional<Deadline> d = attempt(() -> desk.cases().addDeadline(deadline));
            List<Deadline> all = desk.cases().deadlines(base.id());
            if (d.isPresent()) {
                assertTrue(all.contains(d.get()), "read back unchanged");
            } else {
                assertEquals(deadlines, all.size());
            }
        }
    }

    @Test
    void demandTextIsStoredExactlyOrRefusedInWords() {
        Fuzz fuzz = new Fuzz(3);
        for (int i = 0; i < PER_RECORD; i++) {
            Demand draft = Demand.raise(fuzz.text(), fuzz.text(), fuzz.pick(DemandKind.values()), fuzz.text(),
                    LocalDate.of(2026, 5, 1), fuzz.pick(Priority.values()));
            int before = desk.demands().summaries().size();
            Optional<Demand> d = attempt(() -> desk.demands().raise(draft));
            if (d.isPresent()) {
                Demand back = desk.demands().summaries().stream().map(s -> s.demand())
                        .filter(x -> x.id().equals(d.get().id())).findFirst().orElseThrow();
                assertEquals(d.get().title(), back.title());
                assertEquals(d.get().text(), back.text());
                assertEquals(d.get().raisedBy(), back.raisedBy());
            } else {
                assertEquals(before, desk.demands().summaries().size());
            }
        }
    }
}
