package org.repdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.store.CaseStore;
import org.repdesk.store.Database;
import org.repdesk.store.DemandStore;

/**
 * The demands log. Status history and responses are append-only: a mistake is corrected by a new
 * entry, or by an explicit delete (which the app confirms) after which the status is recomputed
 * from the history that remains.
 */
public final class DemandService {

    /** A demand as the board and the CLI table show it. */
    public record DemandSummary(Demand demand, LocalDate lastResponseOn, int linkedCases, boolean promiseOverdue) {
    }

    private final Database db;
    private final DemandStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final CaseStore cases;

    public DemandService(Database db, Clock clock, AuditTrail audit) {
        this(db, clock, audit, () -> false);
    }

    /** @param figuresOnly whether the login reads figures only (a casebook's reader), asked when links are counted */
    public DemandService(Database db, Clock clock, AuditTrail audit, java.util.function.BooleanSupplier figuresOnly) {
        this.db = db;
        this.store = new DemandStore(db, figuresOnly);
        this.clock = clock;
        this.audit = audit;
        this.cases = new CaseStore(db);
    }

    private static AuditTrail.Subject subject(Demand d) {
        return new AuditTrail.Subject(AuditEntry.Kind.DEMAND, d.id(), d.title(), null, null);
    }

    /** A demand's fields for the audit trail; its full text is free text. */
    private static AuditTrail.Fields fields(Demand d) {
        // The audit trail's field names are stored as data: the same whatever language wrote them.
        return AuditTrail.fields().put("title", d.title()).text("full text", d.text()).put("kind", d.kind()) // not for reps
                .put("raised by", d.raisedBy()).put("raised on", d.raisedOn()).put("priority", d.priority()) // not for reps
                .put("status", d.status()).put("evidence case type", d.evidenceCaseType()) // not for reps
                .put("evidence needs workload factor", d.evidenceNeedsWorkloadFactor()); // not for reps
    }

    /** A response is referred to by its demand's title and date; what was said is never copied. */
    private AuditTrail.Subject responseSubject(UUID responseId, UUID demandId, LocalDate on) {
        String title = store.byId(demandId).map(Demand::title).orElse(null);
        return new AuditTrail.Subject(AuditEntry.Kind.EMPLOYER_RESPONSE, responseId,
                title == null ? String.valueOf(on) : title + " (" + on + ")", null, null);
    }

    /** An evidence link belongs to the case (and so appears in the case's and the member's trail). */
    private AuditTrail.Subject linkSubject(UUID demandId, UUID caseId) {
        Optional<CaseFile> c = cases.byId(caseId);
        return new AuditTrail.Subject(AuditEntry.Kind.DEMAND_CASE_LINK, demandId,
                c.map(CaseFile::reference).orElse(null), c.map(CaseFile::memberId).orElse(null), caseId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records a new demand, with its first status-history entry (raised, on the date raised). */
    public Demand raise(Demand demand) {
        ValidationException.throwIfAny(demand.problems());
        return db.write(c -> {
            store.insert(demand);
            // No note: the entry's having no status before it says "recorded", in whatever language is read.
            store.insertChange(DemandStatusChange.of(demand.id(), demand.raisedOn(), null, demand.status(), null, null));
            audit.created(subject(demand));
            return demand;
        });
    }

    /** Saves edits to a demand's wording, kind, priority or evidence rule; never its status. */
    public Demand update(Demand edited) {
        ValidationException.throwIfAny(edited.problems());
        return db.write(c -> {
            Demand before = require(edited.id());
            Demand kept = edited.withStatus(before.status());
            store.update(kept);
            audit.changed(subject(kept), fields(before), fields(kept));
            return kept;
        });
    }

    /** Changes the status, dated, with a note; the change is kept in the history. */
    public Demand changeStatus(UUID demandId, DemandStatus to, LocalDate on, String note) {
        return db.write(c -> {
            Demand before = require(demandId);
            DemandStatusChange change = DemandStatusChange.of(demandId, on, before.status(), to, note, null);
            ValidationException.throwIfAny(change.problems());
            store.insertChange(change);
            Demand after = before.withStatus(to);
            store.update(after);
            audit.changed(subject(after), "status", before.status(), to);
            return after;
        });
    }

    /** Records what the employer said; a response that changes the status adds to the history. */
    public EmployerResponse recordResponse(EmployerResponse response) {
        ValidationException.throwIfAny(response.problems());
        return db.write(c -> {
            Demand before = require(response.demandId());
            store.insertResponse(response);
            audit.created(responseSubject(response.id(), before.id(), response.respondedOn()));
            if (response.newStatus() != null && response.newStatus() != before.status()) {
                // No note: the response it names says what was said, in whatever language the history is read.
                store.insertChange(DemandStatusChange.of(before.id(), response.respondedOn(), before.status(),
                        response.newStatus(), null, response.id()));
                store.update(before.withStatus(response.newStatus()));
                audit.changed(subject(before), "status", before.status(), response.newStatus());
            }
            return response;
        });
    }

    /** Records a negotiation meeting, the demands discussed, and the responses given in it, at once. */
    public NegotiationMeeting recordMeeting(NegotiationMeeting meeting, List<UUID> demandsDiscussed,
            List<EmployerResponse> responsesGiven) {
        ValidationException.throwIfAny(meeting.problems());
        return db.write(c -> {
            store.insertMeeting(meeting, demandsDiscussed);
            audit.created(new AuditTrail.Subject(AuditEntry.Kind.NEGOTIATION_MEETING, meeting.id(),
                    meeting.title() + " (" + meeting.heldOn() + ")", null, null));
            for (EmployerResponse r : responsesGiven) {
                recordResponse(new EmployerResponse(r.id(), r.demandId(), meeting.heldOn(), r.said(), r.by(),
                        r.channel(), r.newStatus(), r.promisedBy(), r.promiseKept(), meeting.id()));
            }
            return meeting;
        });
    }

    public void setPromiseKept(UUID responseId, boolean kept) {
        db.write(c -> {
            store.allResponses().stream().filter(r -> r.id().equals(responseId)).findFirst().ifPresent(r -> {
                store.setPromiseKept(responseId, kept);
                if (r.promiseKept() != kept) {
                    audit.changed(responseSubject(r.id(), r.demandId(), r.respondedOn()), "promise kept", // not for reps
                            r.promiseKept(), kept);
                }
            });
            return null;
        });
    }

    /** Deletes a mistaken response (and the status change it caused), then recomputes the status. */
    public void deleteResponse(UUID demandId, UUID responseId) {
        db.write(c -> {
            for (DemandStatusChange ch : store.changes(demandId)) {
                if (responseId.equals(ch.responseId())) {
                    store.deleteChange(ch.id());
                }
            }
            store.responses(demandId).stream().filter(r -> r.id().equals(responseId)).findFirst()
                    .ifPresent(r -> audit.deleted(responseSubject(r.id(), demandId, r.respondedOn())));
            store.deleteResponse(responseId);
            recomputeStatus(demandId);
            return null;
        });
    }

    /** Deletes a mistaken status change; the first ("recorded") entry stays. */
    public void deleteStatusChange(UUID demandId, UUID changeId) {
        db.write(c -> {
            List<DemandStatusChange> changes = store.changes(demandId);
            if (!changes.isEmpty() && changes.get(0).id().equals(changeId)) {
                throw new ValidationException(List.of(Messages.text("demand.firstEntryStays")));
            }
            store.deleteChange(changeId);
            audit.deleted(new AuditTrail.Subject(AuditEntry.Kind.DEMAND_STATUS_CHANGE, changeId,
                    store.byId(demandId).map(Demand::title).orElse(null), null, null));
            recomputeStatus(demandId);
            return null;
        });
    }

    private void recomputeStatus(UUID demandId) {
        List<DemandStatusChange> changes = store.changes(demandId);
        DemandStatus status = changes.isEmpty() ? DemandStatus.RAISED : changes.get(changes.size() - 1).to();
        Demand before = require(demandId);
        store.update(before.withStatus(status));
        if (before.status() != status) {
            audit.changed(subject(before), "status", before.status(), status);
        }
    }

    public void delete(UUID demandId) {
        db.write(c -> {
            store.byId(demandId).ifPresent(d -> {
                store.delete(demandId);
                audit.deleted(subject(d));
            });
            return null;
        });
    }

    private Demand require(UUID id) {
        return store.byId(id).orElseThrow(() -> new ValidationException(List.of(Messages.text("demand.gone"))));
    }

    // --- reading ---

    public List<Demand> all() {
        return store.all();
    }

    public Optional<Demand> byId(UUID id) {
        return store.byId(id);
    }

    public Optional<Demand> bySourceKey(String key) {
        return store.bySourceKey(key);
    }

    public List<DemandStatusChange> history(UUID demandId) {
        return store.changes(demandId);
    }

    public List<EmployerResponse> responses(UUID demandId) {
        return store.responses(demandId);
    }

    public List<NegotiationMeeting> meetings() {
        return store.meetings();
    }

    public List<NegotiationMeeting> meetingsOf(UUID demandId) {
        return store.meetingsOf(demandId);
    }

    public List<UUID> demandsDiscussedAt(UUID meetingId) {
        return store.demandsDiscussedAt(meetingId);
    }

    public List<EmployerResponse> responsesAtMeeting(UUID meetingId) {
        return store.responsesAtMeeting(meetingId);
    }

    /** Every demand with its last response date, evidence count and any overdue promise. */
    public List<DemandSummary> summaries() {
        return summaries(store.linkCounts());
    }

    /**
     * As {@link #summaries()} without the evidence counts (all 0): counting the links reads every
     * one of them (~35 ms at 100,000 cases), which the dashboard, read at start-up, does not show.
     */
    public List<DemandSummary> summariesWithoutEvidence() {
        return summaries(Map.of());
    }

    private List<DemandSummary> summaries(Map<UUID, Integer> links) {
        LocalDate today = today();
        Map<UUID, LocalDate> last = new HashMap<>();
        Map<UUID, Boolean> overdue = new HashMap<>();
        for (EmployerResponse r : store.allResponses()) {
            last.merge(r.demandId(), r.respondedOn(), (a, b) -> a.isAfter(b) ? a : b);
            if (r.isPromiseOverdue(today)) {
                overdue.put(r.demandId(), true);
            }
        }
        return store.all().stream()
                .map(d -> new DemandSummary(d, last.get(d.id()), links.getOrDefault(d.id(), 0),
                        overdue.getOrDefault(d.id(), false)))
                .sorted(Comparator.comparing((DemandSummary s) -> s.demand().kind())
                        .thenComparing(s -> s.demand().raisedOn()))
                .toList();
    }

    // --- evidence ---

    public void linkCase(UUID demandId, UUID caseId) {
        db.write(c -> {
            link(demandId, caseId);
            return null;
        });
    }

    private void link(UUID demandId, UUID caseId) {
        boolean already = store.demandsEvidencedBy(caseId).contains(demandId);
        store.linkCase(demandId, caseId, today());
        if (!already) {
            audit.changed(linkSubject(demandId, caseId), "evidence for demand", null, // not for reps
                    store.byId(demandId).map(Demand::title).orElse(null));
        }
    }

    /** Links several cases at once (all or none). */
    public void linkCases(UUID demandId, List<UUID> caseIds) {
        db.write(c -> {
            caseIds.forEach(id -> link(demandId, id));
            return null;
        });
    }

    public void unlinkCase(UUID demandId, UUID caseId) {
        db.write(c -> {
            if (store.demandsEvidencedBy(caseId).contains(demandId)) {
                store.unlinkCase(demandId, caseId);
                audit.changed(linkSubject(demandId, caseId), "evidence for demand", // not for reps
                        store.byId(demandId).map(Demand::title).orElse(null), null);
            }
            return null;
        });
    }

    public List<CaseListRow> linkedCases(UUID demandId) {
        return store.linkedCases(demandId);
    }

    /** Cases matching the demand's evidence rule (type, workload a factor) that are not linked yet. */
    public List<CaseListRow> suggestedCases(UUID demandId) {
        return store.suggestedCases(require(demandId));
    }

    public EvidenceCounts evidenceCounts(UUID demandId) {
        return store.evidenceCounts(demandId);
    }

    /** The evidence counts of each of {@code demandIds} (on a casebook read for all of them at once). */
    public Map<UUID, EvidenceCounts> evidenceCounts(List<UUID> demandIds) {
        return store.evidenceCounts(demandIds);
    }

    public List<UUID> demandsEvidencedBy(UUID caseId) {
        return store.demandsEvidencedBy(caseId);
    }
}
