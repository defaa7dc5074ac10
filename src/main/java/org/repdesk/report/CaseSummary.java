package org.repdesk.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.CaseDocument;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.service.RepDesk;
import org.repdesk.service.ValidationException;

/**
 * Everything a one- or two-page case summary shows, for a hearing or a meeting with the member: read
 * once, then laid out for PDF or for the printer.
 */
public record CaseSummary(LocalDate producedOn, Member member, CaseFile caseFile, List<Deadline> deadlines,
        List<TimelineEntry> timeline, int olderEntries, List<WorkloadRecord> workload, Optional<LocalDate> excessiveSince,
        Optional<CaseAbsence> absence, List<CaseDocument> documents) {

    /** A summary without an absence record (any case but a sickness-absence one) and without documents. */
    public CaseSummary(LocalDate producedOn, Member member, CaseFile caseFile, List<Deadline> deadlines,
            List<TimelineEntry> timeline, int olderEntries, List<WorkloadRecord> workload,
            Optional<LocalDate> excessiveSince) {
        this(producedOn, member, caseFile, deadlines, timeline, olderEntries, workload, excessiveSince, Optional.empty(),
                List.of());
    }

    /** A summary with its absence record (a sickness-absence case), without documents. */
    public CaseSummary(LocalDate producedOn, Member member, CaseFile caseFile, List<Deadline> deadlines,
            List<TimelineEntry> timeline, int olderEntries, List<WorkloadRecord> workload,
            Optional<LocalDate> excessiveSince, Optional<CaseAbsence> absence) {
        this(producedOn, member, caseFile, deadlines, timeline, olderEntries, workload, excessiveSince, absence, List.of());
    }

    /** A summary with the case's documents, without an absence record. */
    public CaseSummary(LocalDate producedOn, Member member, CaseFile caseFile, List<Deadline> deadlines,
            List<TimelineEntry> timeline, int olderEntries, List<WorkloadRecord> workload,
            Optional<LocalDate> excessiveSince, List<CaseDocument> documents) {
        this(producedOn, member, caseFile, deadlines, timeline, olderEntries, workload, excessiveSince, Optional.empty(),
                documents);
    }

    /** Newest timeline entries kept on the summary; older ones are counted, not printed. */
    public static final int TIMELINE_ENTRIES = 12;
    /** Notes longer than this are cut on paper (the full note stays in RepDesk). */
    public static final int NOTE_CHARS = 600;
    public static final int WORKLOAD_RECORDS = 6;

    public static CaseSummary of(RepDesk desk, UUID caseId) {
        CaseFile c = desk.cases().byId(caseId)
                .orElseThrow(() -> new ValidationException(List.of(org.repdesk.i18n.Messages.text("papers.error.no-case"))));
        Member m = desk.members().byId(c.memberId()).orElseThrow();
        List<CaseDocument> documents = desk.documents().ofCase(caseId);
        // A document's entry carries the words read from it (for the search): on paper, only its note.
        Map<UUID, String> notes = new HashMap<>();
        documents.forEach(d -> notes.put(d.entryId(), d.note()));
        List<TimelineEntry> all = desk.cases().timeline(caseId).stream()
                .map(e -> notes.containsKey(e.id())
                        ? new TimelineEntry(e.id(), e.caseId(), e.date(), e.kind(), e.summary(), notes.get(e.id()),
                                e.automatic())
                        : e)
                .toList();
        List<WorkloadRecord> records = desk.workload().ofMember(m.id());
        List<WorkloadRecord> latest = records.stream().sorted(Comparator.comparing(WorkloadRecord::recordedOn).reversed())
                .limit(WORKLOAD_RECORDS).toList();
        return new CaseSummary(desk.cases().today(), m, c, desk.cases().deadlines(caseId),
                all.stream().limit(TIMELINE_ENTRIES).toList(), Math.max(0, all.size() - TIMELINE_ENTRIES), latest,
                desk.workload().excessiveSince(records), CaseAbsence.of(desk.absences(), c), documents);
    }

    public static CaseSummary of(RepDesk desk, String reference) {
        CaseFile c = desk.cases().byReference(reference)
                .orElseThrow(() -> new ValidationException(List.of(org.repdesk.i18n.Messages.text("papers.error.unknown-case",
                        java.util.Map.of("reference", reference)))));
        return of(desk, c.id());
    }

    /** The cases with a hearing (not done) in the next {@code days} days, soonest first. */
    public static List<UUID> withHearingWithin(RepDesk desk, int days) {
        LocalDate today = desk.cases().today();
        LocalDate until = today.plusDays(days);
        return desk.cases().allDeadlines().stream()
                .filter(d -> d.hearing() && !d.done() && !d.dueOn().isBefore(today) && !d.dueOn().isAfter(until))
                .sorted(Comparator.comparing(Deadline::dueOn))
                .map(Deadline::caseId).distinct().toList();
    }

    /** A note as it goes on paper: cut at {@link #NOTE_CHARS}, saying so. */
    public static String shortNote(String text) {
        return shortNote(org.repdesk.i18n.Messages.language(), text);
    }

    /** {@link #shortNote(String)} saying so in {@code language}. */
    public static String shortNote(java.util.Locale language, String text) {
        if (text == null || text.length() <= NOTE_CHARS) {
            return text;
        }
        return text.substring(0, NOTE_CHARS).stripTrailing() + "… " + org.repdesk.i18n.Messages.text(language,
                "doc.summary.noteCut", java.util.Map.of("n", text.length() - NOTE_CHARS));
    }
}
