package org.repdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.AuditEntry;
import org.repdesk.model.AuditEntry.Action;
import org.repdesk.model.CaseType;
import org.repdesk.model.Labelled;
import org.repdesk.model.RetentionItem;
import org.repdesk.model.RetentionPolicy;
import org.repdesk.store.AuditStore;
import org.repdesk.store.Database;
import org.repdesk.store.RetentionStore;

/**
 * Storage limitation (UK GDPR art. 5(1)(e)): lists the records kept longer than the union's
 * retention periods and deletes or anonymises the ones the rep confirms, recording each action in
 * the audit trail. The periods are the union's policy to set; RepDesk's defaults are placeholders.
 */
public final class Retention {

    /** What to do with records past their period. */
    public enum Removal {
        /** The record and everything on it are removed from the file. */
        DELETE,
        /** Names, numbers, contact details and free text are replaced; counts stay for statistics. */
        ANONYMISE
    }

    private final Database db;
    private final RepDesk desk;
    private final RetentionStore store;
    private final AuditStore auditStore;
    private final Clock clock;

    Retention(Database db, RepDesk desk, Clock clock) {
        this.db = db;
        this.desk = desk;
        this.store = new RetentionStore(db);
        this.auditStore = new AuditStore(db);
        this.clock = clock;
    }

    public RetentionPolicy policy() {
        return desk.settings().retention();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Every record past its retention period today, oldest period end first. A period has passed
     * on the day after it ends: a case closed on 2020-11-23 with a six-year period is listed from
     * 2026-11-24. Members with an open case are never listed; anonymised records are not listed again.
     */
    public List<RetentionItem> review() {
        RetentionPolicy p = policy();
        LocalDate today = today();
        List<RetentionItem> items = new ArrayList<>();
        for (RetentionStore.ClosedCase c : store.closedCases()) {
            LocalDate end = c.closedOn().plusYears(p.closedCaseYears());
            if (end.isBefore(today)) {
                items.add(new RetentionItem(RetentionItem.Kind.CLOSED_CASE, c.id(), c.memberId(), c.reference(),
                        Messages.text("retention.closedCase", Map.of("type", typeLabel(c.caseType()), "name", org.repdesk.model.Member.shownName(c.memberName(), Messages.language()),
                                "closed", c.closedOn().toString())), end));
            }
        }
        for (RetentionStore.MemberActivity m : store.members()) {
            if (m.openCases() > 0) {
                continue;
            }
            LocalDate from = m.cases() > 0 ? m.lastClosedOn() : m.lastActivityOn();
            if (from == null) {
                continue;
            }
            LocalDate end = from.plusYears(p.memberYears());
            if (end.isBefore(today)) {
                String since = m.cases() > 0
                        ? Messages.text("retention.lastClosed", Map.of("on", m.lastClosedOn().toString()))
                        : Messages.text("retention.noCases", Map.of("on", m.lastActivityOn().toString()));
                items.add(new RetentionItem(RetentionItem.Kind.MEMBER, m.id(), m.id(), m.membershipNumber(),
                        Messages.text("retention.member", Map.of("name", org.repdesk.model.Member.shownName(m.name(), Messages.language()), "number", m.membershipNumber(),
                                "since", since)), end));
            }
        }
        for (RetentionStore.Workload w : store.workloadRecords()) {
            LocalDate end = w.recordedOn().plusYears(p.workloadYears());
            if (end.isBefore(today)) {
                items.add(new RetentionItem(RetentionItem.Kind.WORKLOAD_RECORD, w.id(), w.memberId(),
                        String.valueOf(w.recordedOn()),
                        Messages.text("retention.workloadRecord", Map.of("name", org.repdesk.model.Member.shownName(w.memberName(), Messages.language()),
                                "number", w.membershipNumber(), "on", w.recordedOn().toString())),
                        end));
            }
        }
        items.sort(Comparator.comparing(RetentionItem::periodEnded).thenComparing(i -> i.kind().ordinal()));
        return items;
    }

    private static String typeLabel(String caseType) {
        return Labelled.parse(CaseType.class, caseType).map(CaseType::label).orElse(caseType);
    }

    /**
     * Deletes or anonymises the confirmed records in one transaction (all or none) and records each
     * in the audit trail. The audit trail's own entries about a removed record keep who and when
     * but lose their values and reference, so no name or number survives there either.
     * Call {@link #compact()} afterwards to rebuild the file without the freed pages.
     *
     * @return how many records were removed
     */
    public int remove(List<RetentionItem> confirmed, Removal how) {
        LocalDate today = today();
        RetentionPolicy p = policy();
        return db.write(c -> {
            for (RetentionItem item : confirmed) {
                apply(item, how, today, p);
            }
            return confirmed.size();
        });
    }

    private void apply(RetentionItem item, Removal how, LocalDate today, RetentionPolicy p) {
        Action action = how == Removal.DELETE ? Action.DELETED : Action.ANONYMISED;
        String why;
        AuditTrail.Subject subject;
        switch (item.kind()) {
            case CLOSED_CASE -> {
                if (how == Removal.DELETE) {
                    store.deleteCase(item.id());
                } else {
                    store.anonymiseCase(item.id(), today);
                }
                auditStore.redactCase(item.id(), "retention");
                why = Messages.text("retention.why.case", Map.of("n", p.closedCaseYears()));
                // A case reference alone does not identify anyone, so it stays as the entry's reference.
                subject = new AuditTrail.Subject(AuditEntry.Kind.CASE, item.id(), item.reference(), item.memberId(),
                        item.id());
            }
            case MEMBER -> {
                if (how == Removal.DELETE) {
                    store.deleteMember(item.id());
                } else {
                    store.anonymiseMember(item.id(), placeholderNumber(item), today);
                }
                auditStore.redactMember(item.id(), "retention");
                why = Messages.text("retention.why.member", Map.of("n", p.memberYears()));
                subject = new AuditTrail.Subject(AuditEntry.Kind.MEMBER, item.id(), null, item.id(), null);
            }
            case WORKLOAD_RECORD -> {
                if (how == Removal.DELETE) {
                    store.deleteWorkloadRecord(item.id());
                } else {
                    store.anonymiseWorkloadRecord(item.id(), today);
                }
                auditStore.redactRecord(item.id(), "retention");
                why = Messages.text("retention.why.record", Map.of("n", p.workloadYears()));
                subject = new AuditTrail.Subject(AuditEntry.Kind.WORKLOAD_RECORD, item.id(), item.reference(),
                        item.memberId(), null);
            }
            default -> throw new IllegalStateException(String.valueOf(item.kind()));
        }
        desk.audit().removedUnderRetention(subject, action, why);
    }

    /** A unique number that says nothing about the member (membership numbers must stay unique). */
    private static String placeholderNumber(RetentionItem item) {
        return "ANON-" + item.id().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Rebuilds the data file so deleted data is gone from its free pages and its write-ahead log
     * (VACUUM, then a truncating checkpoint). Run on request after removals; may take a while.
     */
    public void compact() {
        store.compact();
    }
}
