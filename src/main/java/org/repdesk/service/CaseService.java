package org.repdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.repdesk.model.Member;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.LastSaved;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseMatches;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.AutomaticEntry;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkingDays;
import org.repdesk.store.CaseStore;
import org.repdesk.store.Database;
import org.repdesk.store.DeadlineStore;
import org.repdesk.store.DocumentStore;
import org.repdesk.store.MemberStore;
import org.repdesk.store.TimelineStore;

/** Opening and running cases: their stages, timelines and deadlines. */
public final class CaseService {

    private final Database db;
    private final CaseStore cases;
    private final MemberStore members;
    private final TimelineStore timeline;
    private final DeadlineStore deadlines;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final AuditTrail audit;

    public CaseService(Database db, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.db = db;
        this.cases = new CaseStore(db);
        this.members = new MemberStore(db);
        this.timeline = new TimelineStore(db);
        this.deadlines = new DeadlineStore(db);
        this.workingDays = WorkingDays.englandAndWales();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens a new case; the store gives it its reference and the timeline records the opening. */
    public CaseFile open(CaseFile draft) {
        CaseFile c = draft.tidied();
        List<String> problems = new java.util.ArrayList<>(c.problems());
        if (c.memberId() != null && members.byId(c.memberId()).isEmpty()) {
            problems.add(Messages.text("caseFile.memberGone"));
        }
        ValidationException.throwIfAny(problems);
        return db.write(conn -> {
            CaseFile saved = cases.insert(c);
            timeline.insert(TimelineEntry.automatic(saved.id(), saved.openedOn(), EntryKind.STATUS_CHANGE,
                    AutomaticEntry.caseOpened(saved.stage()), null));
            audit.created(subject(saved));
            return saved;
        });
    }

    /**
     * Saves changes to a case. A change of stage or status writes its own timeline entry, dated
     * today, in the same transaction, so the timeline is the case's history.
     */
    public CaseFile update(CaseFile edited) {
        return update(null, edited);
    }

    /**
     * Saves changes to the case the rep opened as {@code opened}: refused, with who saved it and
     * when, if someone else saved it since (a branch casebook has several reps), so no save is
     * silently lost. The rep's edits are theirs to apply again.
     *
     * @throws StoreException of kind CHANGED_ELSEWHERE
     */
    public CaseFile update(CaseFile opened, CaseFile edited) {
        CaseFile c = edited.tidied();
        ValidationException.throwIfAny(c.problems());
        return db.write(conn -> {
            CaseFile before = cases.byId(c.id())
                    .orElseThrow(() -> new ValidationException(List.of(Messages.text("caseFile.gone"))));
            LastSaved stamp = cases.lastSaved(c.id()).orElseThrow();
            if (opened != null && !before.equals(opened.tidied()) && !before.equals(opened) || !cases.update(c, stamp.version())) {
                throw ChangedElsewhere.of("changed.case", before.reference(), cases.lastSaved(c.id()).orElse(stamp));
            }
            audit.changed(subject(before), fields(before), fields(c));
            LocalDate today = today();
            if (!before.stage().equals(c.stage())) {
                timeline.insert(TimelineEntry.automatic(c.id(), today, EntryKind.STAGE_CHANGE,
                        AutomaticEntry.stageChanged(before.stage(), c.stage()), null));
            }
            if (before.status() != c.status()) {
                timeline.insert(TimelineEntry.automatic(c.id(), today, EntryKind.STATUS_CHANGE,
                        AutomaticEntry.statusChanged(before.status(), c.status(), firstLine(c.outcome())), null));
            }
            return c;
        });
    }

    static AuditTrail.Subject subject(CaseFile c) {
        return new AuditTrail.Subject(AuditEntry.Kind.CASE, c.id(), c.reference(), c.memberId(), c.id());
    }

    /** The record on a case: its reference and member come from the case. */
    private AuditTrail.Subject onCase(AuditEntry.Kind kind, UUID id, UUID caseId) {
        Optional<CaseFile> c = cases.byId(caseId);
        return new AuditTrail.Subject(kind, id, c.map(CaseFile::reference).orElse(null),
                c.map(CaseFile::memberId).orElse(null), caseId);
    }

    /** A case's fields for the audit trail: the outcome and workload account are free text. */
    static AuditTrail.Fields fields(CaseFile c) {
        return AuditTrail.fields().put("type", c.type()).put("status", c.status()).put("stage", c.stage())
                .put("opened on", c.openedOn()).put("closed on", c.closedOn()).put("manager", c.manager()) // not for reps
                .put("workload factor", c.workloadFactor()).text("outcome", c.outcome()) // not for reps
                .text("workload account", c.workloadAccount()); // not for reps: audit field names, stored as data
    }

    /** A timeline entry's fields: its summary and note are free text (they may hold health details). */
    private static AuditTrail.Fields fields(TimelineEntry e) {
        return AuditTrail.fields().put("date", e.date()).put("kind", e.kind()).text("summary", e.summary())
                .text("note", e.text());
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }

    public Optional<CaseFile> byId(UUID id) {
        return cases.byId(id);
    }

    public Optional<CaseFile> byReference(String reference) {
        return cases.byReference(reference == null ? null : reference.strip());
    }

    public List<CaseFile> ofMember(UUID memberId) {
        return cases.ofMember(memberId);
    }

    public List<CaseFile> all() {
        return cases.all();
    }

    /** Every case as the export's cells, UTF-8 bytes each, in reference order, as read ({@link CaseStore#forEachCellsForExport}). */
    public void forEachCellsForExport(org.repdesk.store.EachRow<byte[][]> each) throws java.io.IOException {
        cases.forEachCellsForExport(each);
    }

    /** True when the store makes the cases CSV's lines itself (a data file; not a casebook). */
    public boolean makesCsvLines() {
        return cases.makesCsvLines();
    }

    /** True when the engine writes the cases CSV's rows itself (a casebook's COPY). */
    public boolean copiesCsvRows() {
        return cases.copiesCsvRows();
    }

    /** Every case as the cases CSV's rows, each ended by CRLF, written to {@code out}; how many (see {@link #copiesCsvRows}). */
    public int copyCsvRowsForExport(java.io.OutputStream out) throws java.io.IOException {
        return cases.copyCsvRowsForExport(out);
    }

    /** Every case as a finished line of the cases CSV, in reference order, as read (see {@link #makesCsvLines}). */
    public void forEachCsvLineForExport(CaseStore.LineSink sink) throws java.io.IOException {
        cases.forEachCsvLineForExport(sink);
    }

    /** How many cases the file holds, without reading them. */
    public int count() {
        return cases.count();
    }

    public List<CaseListRow> listRows() {
        return cases.listRows();
    }

    /** {@link #listRows()}, its members holding the ids and names of {@code members} (just read) rather than copies. */
    public List<CaseListRow> listRows(List<Member> members) {
        java.util.Map<UUID, Member> byId = new java.util.HashMap<>(members.size() * 4 / 3 + 1);
        members.forEach(m -> byId.put(m.id(), m));
        return cases.listRows(byId::get);
    }

    /** How many rows of the cases list fill a screen with room to scroll: read first, shown at once. */
    public static final int FIRST_SCREENFUL = 100;

    /** The newest {@code n} rows of {@link #listRows}, in its order: shown while the rest are read. */
    public List<CaseListRow> firstRows(int n) {
        return cases.firstRows(n);
    }

    public Optional<CaseListRow> listRow(UUID caseId) {
        return cases.listRow(caseId);
    }

    /** Full-text search over references, names, accounts and notes. */
    public Set<UUID> search(String text) {
        return cases.search(text);
    }

    /**
     * The same search for the cases list, by the rows' {@link CaseListRow#fileRow}, stoppable by
     * {@link #cancelMatching} from another thread: each keystroke stops the search it replaces.
     *
     * @throws java.util.concurrent.CancellationException when a newer search stopped this one
     */
    public CaseMatches match(String text) {
        return cases.match(text);
    }

    /**
     * The newest {@code n} cases {@link #match} finds, quickly on a large casebook; {@link
     * CaseMatches#complete} says whether there are more. Stoppable as {@link #match} is.
     */
    public CaseMatches matchFirst(String text, int n) {
        return cases.matchFirst(text, n);
    }

    public void cancelMatching() {
        cases.cancelMatching();
    }

    /**
     * Opens the search's connection ahead of the first keystroke: on a protected file opening a
     * connection derives the key from the passphrase, which takes a noticeable fraction of a second.
     */
    public void prepareMatching() {
        cases.prepareMatching();
    }

    /** Deletes a case with its timeline and deadlines (the UI confirms first). */
    public void delete(UUID caseId) {
        db.write(conn -> {
            cases.byId(caseId).ifPresent(c -> {
                cases.delete(caseId);
                new DocumentStore(db).purgeUnused(); // its documents went with it; their bytes go unless shared
                audit.deletedAndForgotten(subject(c));
            });
            return null;
        });
    }

    // --- timeline ---

    public TimelineEntry addEntry(TimelineEntry entry) {
        ValidationException.throwIfAny(entry.problems());
        return db.write(conn -> {
            timeline.insert(entry);
            audit.created(onCase(AuditEntry.Kind.TIMELINE_ENTRY, entry.id(), entry.caseId()));
            return entry;
        });
    }

    public TimelineEntry editEntry(TimelineEntry entry) {
        ValidationException.throwIfAny(entry.problems());
        return db.write(conn -> {
            Optional<TimelineEntry> before = timeline.byId(entry.id());
            timeline.update(entry);
            before.ifPresent(b -> audit.changed(onCase(AuditEntry.Kind.TIMELINE_ENTRY, entry.id(), b.caseId()),
                    fields(b), fields(entry)));
            return entry;
        });
    }

    public void deleteEntry(UUID entryId) {
        db.write(conn -> {
            timeline.byId(entryId).ifPresent(e -> {
                timeline.delete(entryId);
                new DocumentStore(db).purgeUnused(); // a document's entry takes the document with it
                audit.deleted(onCase(AuditEntry.Kind.TIMELINE_ENTRY, entryId, e.caseId()));
            });
            return null;
        });
    }

    public List<TimelineEntry> timeline(UUID caseId) {
        return timeline.ofCase(caseId);
    }

    // --- deadlines ---

    public Deadline addDeadline(Deadline deadline) {
        ValidationException.throwIfAny(deadline.problems());
        return db.write(conn -> {
            deadlines.insert(deadline);
            audit.created(onCase(AuditEntry.Kind.DEADLINE, deadline.id(), deadline.caseId()));
            return deadline;
        });
    }

    /** The date N working days after a date (weekends and England and Wales bank holidays skipped). */
    public LocalDate workingDaysAfter(LocalDate start, int days) {
        return workingDays.after(start, days);
    }

    public void setDeadlineDone(UUID deadlineId, boolean done) {
        db.write(conn -> {
            deadlines.byId(deadlineId).ifPresent(d -> {
                deadlines.setDone(deadlineId, done);
                if (d.done() != done) {
                    audit.changed(onCase(AuditEntry.Kind.DEADLINE, deadlineId, d.caseId()), "done", d.done(), done);
                }
            });
            return null;
        });
    }

    public void deleteDeadline(UUID deadlineId) {
        db.write(conn -> {
            deadlines.byId(deadlineId).ifPresent(d -> {
                deadlines.delete(deadlineId);
                audit.deleted(onCase(AuditEntry.Kind.DEADLINE, deadlineId, d.caseId()));
            });
            return null;
        });
    }

    public List<Deadline> deadlines(UUID caseId) {
        return deadlines.ofCase(caseId);
    }

    public List<Deadline> allDeadlines() {
        return deadlines.all();
    }

    /** Every deadline as the deadlines CSV's rows, overdue on {@code today}, each ended by CRLF, written to {@code out}; how many (see {@link #copiesCsvRows}). */
    public int copyDeadlineCsvRowsForExport(LocalDate today, java.io.OutputStream out) throws java.io.IOException {
        return deadlines.copyCsvRowsForExport(today, out);
    }

    /** Every deadline as a finished line of the deadlines CSV, soonest first, overdue on {@code today}, as read. */
    public void forEachDeadlineCsvLineForExport(LocalDate today, org.repdesk.store.EachRow<byte[]> each)
            throws java.io.IOException {
        deadlines.forEachCsvLineForExport(today, each);
    }

    /** Every deadline with its case's reference, soonest first, as read (for the deadlines export). */
    public void forEachDeadlineForExport(org.repdesk.store.EachRow<DeadlineStore.WithReference> each) throws java.io.IOException {
        deadlines.forEachForExport(each);
    }
}
