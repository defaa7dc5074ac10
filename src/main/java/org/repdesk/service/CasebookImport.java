package org.repdesk.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.repdesk.i18n.Messages;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.AutomaticEntry;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Deadline;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Member;
import org.repdesk.model.TimelineEntry;
import org.repdesk.model.WorkloadRecord;
import org.repdesk.store.CaseStore;
import org.repdesk.store.DeadlineStore;
import org.repdesk.store.MemberStore;
import org.repdesk.store.TimelineStore;
import org.repdesk.store.WorkloadStore;

/**
 * Brings a rep's own data file into a branch casebook ({@code casebook import-file}): members matched
 * by membership number, cases by reference, with their timelines, deadlines and workload records.
 * Every conflict is listed first and nothing is written while any remains, unless the rep says how
 * to resolve it ({@code renumber}: a case whose reference the casebook already uses for another case
 * takes the next free number). All of it is written in one transaction, or none of it. The demands
 * log is not brought in: a branch's log is its officers'.
 */
public final class CasebookImport {

    private final RepDesk source;
    private final RepDesk target;
    private final boolean renumber;

    public CasebookImport(RepDesk source, RepDesk target) {
        this(source, target, false);
    }

    public CasebookImport(RepDesk source, RepDesk target, boolean renumber) {
        if (!target.isCasebook()) {
            throw new IllegalArgumentException("the target of an import is a casebook");
        }
        this.source = source;
        this.target = target;
        this.renumber = renumber;
    }

    /** What one case will become: brought in as it is, under a new number, or left (already there). */
    enum CaseFate { NEW, RENUMBERED, ALREADY_THERE }

    /** What an import would do, worked out without writing anything. */
    public record Plan(String from, String into, List<Member> newMembers, Map<UUID, UUID> memberIds, int matchedMembers,
            Map<CaseFile, CaseFate> cases, List<String> conflicts, int referenceClashes) {

        /** True when every conflict is a reference the casebook already uses: renumbering resolves them all. */
        public boolean renumberingResolvesAll() {
            return !conflicts.isEmpty() && referenceClashes == conflicts.size();
        }

        long count(CaseFate fate) {
            return cases.values().stream().filter(f -> f == fate).count();
        }

        /** A few lines for the rep: what comes in, what matches, what is already there. */
        public String describe() {
            return Messages.text("casebookImport.plan", Map.of("from", from, "into", into,
                    "newMembers", newMembers.size(), "matched", matchedMembers, "newCases", count(CaseFate.NEW),
                    "renumbered", count(CaseFate.RENUMBERED), "there", count(CaseFate.ALREADY_THERE)));
        }
    }

    /** What an import wrote. */
    public record Result(int members, int cases, int notes, int deadlines, int workloadRecords, Map<String, String> renumbered) {

        public String describe() {
            StringBuilder s = new StringBuilder(Messages.text("casebookImport.done", Map.of("members", members,
                    "cases", cases, "notes", notes, "deadlines", deadlines, "records", workloadRecords)));
            renumbered.forEach((was, now) -> s.append('\n').append(
                    Messages.text("casebookImport.renumbered", Map.of("was", was, "now", now))));
            return s.toString();
        }
    }

    /** Reads both sides and lists what would happen, and every conflict. Writes nothing. */
    public Plan plan() {
        MemberStore theirs = new MemberStore(target.database());
        CaseStore theirCases = new CaseStore(target.database());
        List<String> conflicts = new ArrayList<>();
        List<Member> newMembers = new ArrayList<>();
        Map<UUID, UUID> memberIds = new HashMap<>();
        Map<UUID, String> numbers = new HashMap<>();
        int matched = 0;
        for (Member m : new MemberStore(source.database()).all()) {
            numbers.put(m.id(), m.membershipNumber());
            Optional<Member> there = theirs.byMembershipNumber(m.membershipNumber());
            if (there.isEmpty() && theirs.membershipNumberTaken(m.membershipNumber())) {
                conflicts.add(Messages.text("casebookImport.numberHidden",
                        Map.of("number", m.membershipNumber(), "name", m.name())));
            } else if (there.isEmpty()) {
                newMembers.add(m);
                memberIds.put(m.id(), m.id());
            } else if (sameName(there.get().name(), m.name())) {
                matched++;
                memberIds.put(m.id(), there.get().id());
            } else {
                conflicts.add(Messages.text("casebookImport.otherName", Map.of("number", m.membershipNumber(),
                        "inFile", m.name(), "inCasebook", there.get().name())));
            }
        }
        Map<CaseFile, CaseFate> cases = new java.util.LinkedHashMap<>();
        int memberConflicts = conflicts.size();
        for (CaseFile c : new CaseStore(source.database()).all()) {
            if (theirCases.byId(c.id()).isPresent()) {
                cases.put(c, CaseFate.ALREADY_THERE); // brought in before, perhaps under a new number
                continue;
            }
            Optional<CaseFile> there = theirCases.byReference(c.reference());
            if (there.isEmpty()) {
                // Used by a case the login may not see: the same clash as a visible one, without comparing.
                boolean hidden = theirCases.referenceTaken(c.reference());
                if (!hidden) {
                    cases.put(c, CaseFate.NEW);
                } else if (renumber) {
                    cases.put(c, CaseFate.RENUMBERED);
                } else {
                    conflicts.add(Messages.text("casebookImport.referenceTaken", Map.of("ref", c.reference())));
                }
                continue;
            }
            CaseFile other = there.get();
            String otherNumber = theirs.byId(other.memberId()).map(Member::membershipNumber).orElse("?");
            boolean same = other.type() == c.type() && other.openedOn().equals(c.openedOn())
                    && otherNumber.equalsIgnoreCase(String.valueOf(numbers.get(c.memberId())));
            if (same) {
                cases.put(c, CaseFate.ALREADY_THERE);
            } else if (renumber) {
                cases.put(c, CaseFate.RENUMBERED);
            } else {
                conflicts.add(Messages.text("casebookImport.referenceClash", Map.of("ref", c.reference(),
                        "type", c.type().inSentence(Messages.language()), "opened", c.openedOn().toString())));
            }
        }
        return new Plan(source.describe(), target.describe(), newMembers, memberIds, matched, cases, conflicts,
                conflicts.size() - memberConflicts);
    }

    /**
     * Writes what {@code plan} says, in one transaction of the casebook. Refused while the plan
     * lists conflicts.
     */
    public Result run(Plan plan) {
        if (!plan.conflicts().isEmpty()) {
            throw new ValidationException(plan.conflicts());
        }
        TimelineStore fromTimeline = new TimelineStore(source.database());
        DeadlineStore fromDeadlines = new DeadlineStore(source.database());
        WorkloadStore fromWorkload = new WorkloadStore(source.database());
        MemberStore toMembers = new MemberStore(target.database());
        CaseStore toCases = new CaseStore(target.database());
        TimelineStore toTimeline = new TimelineStore(target.database());
        DeadlineStore toDeadlines = new DeadlineStore(target.database());
        WorkloadStore toWorkload = new WorkloadStore(target.database());
        String fileName = source.dataFile() == null ? source.describe() : source.dataFile().getFileName().toString();
        return target.database().write(conn -> {
            toMembers.insertAll(plan.newMembers());
            List<AuditTrail.Subject> created = new ArrayList<>();
            plan.newMembers().forEach(m -> created.add(MemberService.subject(m)));
            Map<String, String> renumbered = new java.util.LinkedHashMap<>();
            int cases = 0;
            int notes = 0;
            int deadlines = 0;
            for (Map.Entry<CaseFile, CaseFate> e : plan.cases().entrySet()) {
                if (e.getValue() == CaseFate.ALREADY_THERE) {
                    continue;
                }
                CaseFile c = e.getKey();
                CaseFile moved = new CaseFile(c.id(), c.reference(), plan.memberIds().get(c.memberId()), c.type(), c.status(),
                        c.stage(), c.openedOn(), c.closedOn(), c.manager(), c.outcome(), c.workloadFactor(),
                        c.workloadAccount());
                if (e.getValue() == CaseFate.RENUMBERED) {
                    moved = moved.withReference(toCases.nextReference(c.openedOn().getYear()));
                    renumbered.put(c.reference(), moved.reference());
                }
                toCases.insertKeepingReference(moved);
                created.add(CaseService.subject(moved));
                List<TimelineEntry> entries = new ArrayList<>(fromTimeline.ofCase(c.id()));
                entries.add(TimelineEntry.automatic(c.id(), target.cases().today(), EntryKind.NOTE,
                        AutomaticEntry.broughtIn(fileName, moved.reference().equals(c.reference()) ? null : c.reference()),
                        null));
                toTimeline.insertAll(entries);
                notes += entries.size() - 1;
                List<Deadline> due = fromDeadlines.ofCase(c.id());
                toDeadlines.insertAll(due);
                deadlines += due.size();
                cases++;
            }
            List<WorkloadRecord> records = new ArrayList<>();
            for (Member m : plan.newMembers()) {
                records.addAll(fromWorkload.ofMember(m.id()));
            }
            toWorkload.insertAll(records);
            target.audit().createdAll(created);
            return new Result(plan.newMembers().size(), cases, notes, deadlines, records.size(), renumbered);
        });
    }

    private static boolean sameName(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }
}
